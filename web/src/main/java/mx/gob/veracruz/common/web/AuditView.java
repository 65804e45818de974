package mx.gob.veracruz.common.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import mx.gob.veracruz.common.AuditEntry;
import mx.gob.veracruz.common.AuditFacade;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.AuditQuery;
import mx.gob.veracruz.common.ChainVerification;

/** The audit trail console (role AUDITOR): search, paging in the database, chain verification. */
@Named
@ViewScoped
public class AuditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AuditFacade facade;

  private String actor;
  private String action;
  private String entityType;
  private String entityId;
  private String outcome;
  private LocalDate from;
  private LocalDate to;
  private ChainVerification verification;
  // Newest first unless the auditor sorts a column.
  private final PagedModel<AuditEntry> model =
      new PagedModel<>(
              page -> facade.list(query(), page),
              () -> facade.count(query()),
              AuditEntry::id,
              false)
          .exportable(
              "bitacora",
              (order, sink) -> facade.export(query(), order, sink),
              java.util.List.of(
                  ExportColumn.integer("auditoria.numero", AuditEntry::seq),
                  ExportColumn.dateTime("auditoria.fecha", AuditEntry::occurredAt),
                  ExportColumn.text("auditoria.usuario", AuditEntry::actor),
                  ExportColumn.id("auditoria.accion", AuditEntry::action),
                  ExportColumn.text(
                      "auditoria.entidad",
                      e ->
                          e.entityType() == null
                              ? null
                              : e.entityType() + (e.entityId() == null ? "" : " " + e.entityId())),
                  ExportColumn.text(
                      "auditoria.resultado",
                      e -> Labels.label("auditoria.resultado.", e.outcome())),
                  ExportColumn.id("auditoria.ip", AuditEntry::clientAddress),
                  ExportColumn.id("auditoria.correlacion", AuditEntry::correlationId)));

  public void verify() {
    verification = facade.verifyChain();
  }

  private AuditQuery query() {
    return new AuditQuery(actor, action, entityType, entityId, outcome, from, to);
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }

  public ChainVerification getVerification() {
    return verification;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public String getOutcome() {
    return outcome;
  }

  /** The outcomes the filter offers, in the order of the enum. */
  public AuditOutcome[] getOutcomes() {
    return AuditOutcome.values();
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
