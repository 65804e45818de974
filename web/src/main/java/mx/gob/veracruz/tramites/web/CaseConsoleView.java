package mx.gob.veracruz.tramites.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.tramites.CaseView;
import mx.gob.veracruz.tramites.DocumentFile;
import mx.gob.veracruz.tramites.ExpedienteFacade;
import org.primefaces.model.StreamedContent;

/** A case in the console: documents reviewed one by one, prevención, notes, resolution. */
@Named
@ViewScoped
public class CaseConsoleView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ExpedienteFacade facade;

  private String folio;
  private CaseView item;
  private String reviewNote;
  private String prevencion;
  private String note;
  private String resolutionText;
  private boolean favorable = true;

  public void load() throws IOException {
    try {
      item = folio == null ? null : facade.detail(folio);
    } catch (BusinessRuleException e) {
      item = null;
    }
    if (item == null) {
      TramitesFaces.notFound();
    }
  }

  public void review(long documentId, boolean accepted) {
    try {
      item = facade.review(folio, documentId, accepted, reviewNote);
      reviewNote = null;
      Messages.info(accepted ? "tramites.docAceptado" : "tramites.docRechazado");
    } catch (BusinessRuleException e) {
      Messages.error(e, "revision:");
    }
  }

  public void prevenir() {
    try {
      item = facade.prevenir(folio, prevencion);
      prevencion = null;
      Messages.info("tramites.prevenido");
    } catch (BusinessRuleException e) {
      Messages.error(e, "acciones:");
    }
  }

  public void addNote() {
    try {
      item = facade.note(folio, note);
      note = null;
      Messages.info("tramites.notaAgregada");
    } catch (BusinessRuleException e) {
      Messages.error(e, "acciones:");
    }
  }

  public void resolve() {
    try {
      item = facade.resolve(folio, favorable, resolutionText);
      resolutionText = null;
      Messages.info("tramites.resuelto");
    } catch (BusinessRuleException e) {
      Messages.error(e, "resolver:");
    }
  }

  public StreamedContent document(long id) {
    DocumentFile f = facade.document(folio, id);
    return mx.gob.veracruz.common.web.Downloads.file(f.bytes(), f.name(), f.type());
  }

  public StreamedContent getResolutionPdf() {
    DocumentFile f = facade.resolution(folio);
    return mx.gob.veracruz.common.web.Downloads.file(f.bytes(), f.name(), f.type());
  }

  public boolean isCanWork() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return !ext.isUserInRole(Roles.AUDITOR)
        || ext.isUserInRole(Roles.ADMIN)
        || ext.isUserInRole(Roles.SUPERVISOR)
        || ext.isUserInRole(Roles.CAPTURISTA)
        || ext.isUserInRole(Roles.ATENCION);
  }

  public boolean isCanResolve() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return ext.isUserInRole(Roles.ADMIN) || ext.isUserInRole(Roles.SUPERVISOR);
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public CaseView getItem() {
    return item;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public void setReviewNote(String reviewNote) {
    this.reviewNote = reviewNote;
  }

  public String getPrevencion() {
    return prevencion;
  }

  public void setPrevencion(String prevencion) {
    this.prevencion = prevencion;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getResolutionText() {
    return resolutionText;
  }

  public void setResolutionText(String resolutionText) {
    this.resolutionText = resolutionText;
  }

  public boolean isFavorable() {
    return favorable;
  }

  public void setFavorable(boolean favorable) {
    this.favorable = favorable;
  }
}
