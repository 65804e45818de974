package mx.gob.veracruz.becas.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import mx.gob.veracruz.becas.ApplicationView;
import mx.gob.veracruz.becas.BecasFacade;
import mx.gob.veracruz.becas.DocumentFile;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.Downloads;
import mx.gob.veracruz.common.web.Messages;
import org.primefaces.model.StreamedContent;

/**
 * One application in the console: what she declared and the rules' checks, her documents, the
 * review, and for a beneficiary suspension, baja with refund and CLABE changes.
 */
@Named
@ViewScoped
public class BecaApplicationConsoleView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "sol:";

  @Inject private BecasFacade facade;

  private String folio;
  private ApplicationView view;
  private String reason;
  private BigDecimal refund;
  private String changeNote;

  public void load() throws IOException {
    if (view != null) {
      return;
    }
    try {
      view = folio == null ? null : facade.detail(folio);
    } catch (BusinessRuleException e) {
      view = null;
    }
    if (view == null) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "No encontrado");
      fc.responseComplete();
    }
  }

  public StreamedContent document(long id) {
    DocumentFile f = facade.document(folio, id);
    return Downloads.file(f.content(), f.fileName(), f.contentType());
  }

  public void validate() {
    act(() -> facade.review(folio, true, null), "becas.validada");
  }

  public void reject() {
    act(() -> facade.review(folio, false, reason), "becas.rechazada");
  }

  public void suspend() {
    act(() -> facade.suspend(folio, true, reason), "becas.suspendida");
  }

  public void resume() {
    act(() -> facade.suspend(folio, false, reason), "becas.reanudada");
  }

  public void drop() {
    act(() -> facade.drop(folio, reason, refund), "becas.baja");
  }

  public void approveChange(long id) {
    act(() -> facade.decideChange(folio, id, true, changeNote), "becas.cambioAprobado");
  }

  public void rejectChange(long id) {
    act(() -> facade.decideChange(folio, id, false, changeNote), "becas.cambioRechazado");
  }

  private void act(java.util.function.Supplier<ApplicationView> a, String ok) {
    try {
      view = a.get();
      reason = null;
      refund = null;
      changeNote = null;
      Messages.info(ok, folio);
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
    }
  }

  private boolean role(String... roles) {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    for (String r : roles) {
      if (ext.isUserInRole(r)) {
        return true;
      }
    }
    return false;
  }

  public boolean isCanReview() {
    return role(Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA)
        && "PRESENTADA".equals(view.status());
  }

  public boolean isCanManage() {
    return role(Roles.ADMIN, Roles.SUPERVISOR)
        && ("BENEFICIARIA".equals(view.status()) || "SUSPENDIDA".equals(view.status()));
  }

  public boolean isCanDecideChanges() {
    return role(Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA);
  }

  public ApplicationView getView() {
    return view;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String v) {
    folio = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }

  public BigDecimal getRefund() {
    return refund;
  }

  public void setRefund(BigDecimal v) {
    refund = v;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String v) {
    changeNote = v;
  }
}
