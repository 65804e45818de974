package mx.gob.veracruz.sirc.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.Labels;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.sirc.ReportAction;
import mx.gob.veracruz.sirc.ReportDetail;
import mx.gob.veracruz.sirc.SircFacade;

/**
 * The report page (bookmarkable: {@code reporte.xhtml?id=…}): data, contact, answers, timeline, the
 * actions the workflow allows the clerk, notes and merge.
 */
@Named
@ViewScoped
public class SircReportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SircFacade facade;
  @Inject private ExternalContext external;

  private Long id;
  private ReportDetail report;
  private ReportAction action;
  private String note;
  private String assignee;
  private String noteText;
  private boolean notePublic;
  private String survivor;

  public void load() throws IOException {
    try {
      report = id == null ? null : facade.detail(id);
    } catch (BusinessRuleException e) {
      report = null;
    }
    if (report == null) {
      external.responseSendError(404, Messages.text("sirc.noEncontrado"));
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public void prepare(ReportAction chosen) {
    action = chosen;
    note = null;
    assignee = report.assignee();
  }

  public void apply() {
    try {
      report = facade.act(id, action, note, assignee);
      Messages.info(
          "sirc.accionAplicada", report.report().folio(), Labels.label("sirc.accion.", action));
      action = null;
      note = null;
    } catch (BusinessRuleException e) {
      Messages.error(e, "action-form:");
    }
  }

  public void addNote() {
    try {
      report = facade.note(id, noteText, notePublic);
      Messages.info("sirc.notaAgregada", report.report().folio());
      noteText = null;
      notePublic = false;
    } catch (BusinessRuleException e) {
      Messages.error(
          e.getField() != null && e.getField().equals("note")
              ? new BusinessRuleException(e.getCode(), "noteText", e.getMessage())
              : e,
          "note-form:");
    }
  }

  /** Merges this report into a possible duplicate shown on the page. */
  public void mergeInto(String folio) {
    survivor = folio;
    merge();
  }

  public void merge() {
    try {
      report = facade.merge(id, survivor);
      Messages.info("sirc.fusionado", report.report().folio(), report.report().mergedInto());
      survivor = null;
    } catch (BusinessRuleException e) {
      Messages.error(e, "merge-form:");
    }
  }

  public boolean isCanMerge() {
    return report != null
        && report.report().mergedInto() == null
        && report.report().status().isOpen()
        && (external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN));
  }

  public boolean isCanNote() {
    return report != null
        && (external.isUserInRole(Roles.CAPTURISTA)
            || external.isUserInRole(Roles.SUPERVISOR)
            || external.isUserInRole(Roles.ADMIN));
  }

  public boolean isAssigning() {
    return action == ReportAction.ASIGNAR;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The numbers of the report's photos (1, 2, 3), for their links. */
  public java.util.List<Integer> getPhotos() {
    return report == null
        ? java.util.List.of()
        : java.util.stream.IntStream.rangeClosed(1, report.photoCount()).boxed().toList();
  }

  public ReportDetail getReport() {
    return report;
  }

  public ReportAction getAction() {
    return action;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public boolean isNotePublic() {
    return notePublic;
  }

  public void setNotePublic(boolean notePublic) {
    this.notePublic = notePublic;
  }

  public String getSurvivor() {
    return survivor;
  }

  public void setSurvivor(String survivor) {
    this.survivor = survivor;
  }
}
