package mx.gob.veracruz.pavg.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import mx.gob.veracruz.common.AuditEntry;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.pavg.CaseDetail;
import mx.gob.veracruz.pavg.CaseNote;
import mx.gob.veracruz.pavg.CaseSummary;
import mx.gob.veracruz.pavg.PavgCaseFacade;
import mx.gob.veracruz.pavg.PavgCodes;
import mx.gob.veracruz.pavg.RiskAssessment;
import org.primefaces.event.FileUploadEvent;

/**
 * A case ({@code caso.xhtml?id=…}): for its specialists the whole record; for a supervisor first
 * only the queue's clear columns and the break-glass form, then the record. Another specialist's
 * case answers 404, like a missing one.
 */
@Named
@ViewScoped
public class PavgCaseView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PavgCaseFacade facade;
  @Inject private ExternalContext external;

  private Long id;
  private CaseSummary summary;
  private CaseDetail detail;
  private List<AuditEntry> log = List.of();
  private String reason;
  private String noteKind = "NOTA";
  private String noteText;
  private String measure;
  private String measureText;
  private String institution;
  private String ground;
  private String referralText;
  private List<String> riskYes = new ArrayList<>();
  private String closeReason;
  private String closeText;
  private String assignee;

  public void load() throws IOException {
    try {
      summary = id == null ? null : facade.summary(id);
    } catch (BusinessRuleException e) {
      summary = null;
    }
    if (summary == null) {
      external.responseSendError(404, Messages.text("pavg.noEncontrado"));
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    if (facade.canOpen(id)) {
      openDetail();
    }
    refreshLog();
  }

  private void openDetail() {
    detail = facade.open(id);
    riskYes = new ArrayList<>(detail.riskYes());
  }

  private void refreshLog() {
    try {
      log = facade.accessLog(id);
    } catch (BusinessRuleException e) {
      log = List.of();
    }
  }

  public void breakGlass() {
    try {
      facade.breakGlass(id, reason);
      reason = null;
      openDetail();
      refreshLog();
      Messages.info("pavg.accesoRegistrado");
    } catch (BusinessRuleException e) {
      Messages.error(e, "glass-form:");
    }
  }

  public void addNote() {
    apply(new CaseNote(noteKind, null, null, noteText), "note-form:");
    if (!FacesContext.getCurrentInstance().isValidationFailed()) {
      noteText = null;
    }
  }

  public void addMeasure() {
    apply(new CaseNote("MEDIDA", measure, null, measureText), "measure-form:");
    if (!FacesContext.getCurrentInstance().isValidationFailed()) {
      measure = null;
      measureText = null;
    }
  }

  public void addReferral() {
    apply(new CaseNote("CANALIZACION", institution, ground, referralText), "referral-form:");
    if (!FacesContext.getCurrentInstance().isValidationFailed()) {
      institution = null;
      ground = null;
      referralText = null;
    }
  }

  private void apply(CaseNote note, String form) {
    try {
      detail = facade.add(id, note);
      summary = facade.summary(id);
      refreshLog();
      Messages.info("pavg.registrado");
    } catch (BusinessRuleException e) {
      Messages.error(e, form);
    }
  }

  public void assessRisk() {
    try {
      detail = facade.assessRisk(id, new HashSet<>(riskYes));
      summary = facade.summary(id);
      refreshLog();
      Messages.info("pavg.riesgoRegistrado");
    } catch (BusinessRuleException e) {
      Messages.error(e, "risk-form:");
    }
  }

  public void close() {
    try {
      detail = facade.close(id, closeReason, closeText);
      summary = facade.summary(id);
      refreshLog();
      Messages.info("pavg.cerrado");
    } catch (BusinessRuleException e) {
      Messages.error(e, "close-form:");
    }
  }

  public void assign(boolean active) {
    try {
      summary = facade.assign(id, assignee, active);
      if (facade.canOpen(id)) {
        openDetail();
      }
      refreshLog();
      Messages.info(active ? "pavg.asignada" : "pavg.desasignada");
    } catch (BusinessRuleException e) {
      Messages.error(e, "assign-form:");
    }
  }

  public void upload(FileUploadEvent event) {
    try {
      detail = facade.attach(id, event.getFile().getFileName(), event.getFile().getContent());
      refreshLog();
      Messages.info("pavg.documentoAdjunto");
    } catch (BusinessRuleException e) {
      Messages.error(e, "document-form:");
    }
  }

  public List<String> getSpecialists() {
    return facade.duty().stream().map(PavgCaseFacade.DutyView::username).toList();
  }

  public List<String> getRiskItems() {
    return RiskAssessment.codes();
  }

  public List<String> getMeasures() {
    return PavgCodes.codes(PavgCodes.MeasureType.class);
  }

  public List<String> getInstitutions() {
    return PavgCodes.codes(PavgCodes.Institution.class);
  }

  public List<String> getGrounds() {
    return PavgCodes.codes(PavgCodes.ReferralGround.class);
  }

  public List<String> getCloseReasons() {
    return PavgCodes.codes(PavgCodes.CloseReason.class);
  }

  public boolean isSupervisor() {
    return facade.isSupervisor();
  }

  public boolean isOpen() {
    return detail != null && !"CERRADO".equals(detail.status());
  }

  /** The clock as words: minutes left or overdue, or when the order was recorded. */
  public String getClockText() {
    CaseSummary s = summary;
    if (s == null) {
      return "";
    }
    if (s.protectionAt() != null) {
      return Messages.text("pavg.reloj.atendido");
    }
    if ("CERRADO".equals(s.status())) {
      return Messages.text("pavg.reloj.sinOrden");
    }
    long minutes = (s.protectionDue().toEpochMilli() - System.currentTimeMillis()) / 60_000L;
    long h = Math.abs(minutes) / 60;
    long m = Math.abs(minutes) % 60;
    return minutes >= 0
        ? java.text.MessageFormat.format(Messages.text("pavg.reloj.restan"), h, m)
        : java.text.MessageFormat.format(Messages.text("pavg.reloj.vencido"), h, m);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseSummary getSummary() {
    return summary;
  }

  public CaseDetail getDetail() {
    return detail;
  }

  public List<AuditEntry> getLog() {
    return log;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getNoteKind() {
    return noteKind;
  }

  public void setNoteKind(String noteKind) {
    this.noteKind = noteKind;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getMeasureText() {
    return measureText;
  }

  public void setMeasureText(String measureText) {
    this.measureText = measureText;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getGround() {
    return ground;
  }

  public void setGround(String ground) {
    this.ground = ground;
  }

  public String getReferralText() {
    return referralText;
  }

  public void setReferralText(String referralText) {
    this.referralText = referralText;
  }

  public List<String> getRiskYes() {
    return riskYes;
  }

  public void setRiskYes(List<String> riskYes) {
    this.riskYes = riskYes;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  public String getCloseText() {
    return closeText;
  }

  public void setCloseText(String closeText) {
    this.closeText = closeText;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }
}
