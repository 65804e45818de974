package mx.gob.veracruz.predial.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** One detail line of a settlement file and the one outcome it ended in. */
@Entity
@Table(name = "PREDIAL_ARCHIVO_LINEA")
@NamedQuery(
    name = "ArchivoLinea.byArchivo",
    query = "select l from ArchivoLinea l where l.archivoId = :archivoId order by l.lineNo")
@NamedQuery(
    name = "ArchivoLinea.pendingIdsOfArchivo",
    query =
        "select l.id from ArchivoLinea l where l.archivoId = :file"
            + " and l.outcome is null and l.id > :after order by l.id")
@NamedQuery(
    name = "ArchivoLinea.pendingByIds",
    query = "select l from ArchivoLinea l where l.id in :ids and l.outcome is null")
@NamedQuery(
    name = "ArchivoLinea.progressOfJob",
    query =
        "select count(l), sum(case when l.outcome is null then 0 else 1 end)"
            + " from ArchivoLinea l, Archivo a where l.archivoId = a.id and a.jobExecutionId = :job")
@NamedQuery(
    name = "ArchivoLinea.totalsByBankOutcome",
    query =
        "select a.bank, l.outcome, count(l), coalesce(sum(l.amount), 0)"
            + " from ArchivoLinea l, Archivo a where l.archivoId = a.id and a.reconciliationDate = :date"
            + " group by a.bank, l.outcome order by a.bank, l.outcome")
@NamedQuery(
    name = "ArchivoLinea.totalsByOutcome",
    query =
        "select l.outcome, count(l), coalesce(sum(l.amount), 0)"
            + " from ArchivoLinea l where l.archivoId = :id group by l.outcome")
public class ArchivoLinea {
  @Id
  @TableGenerator(
      name = "PREDIAL_ARCHIVO_LINEA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_ARCHIVO_LINEA",
      allocationSize = 1000)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_ARCHIVO_LINEA")
  @Column(name = "ID")
  private Long id;

  @Column(name = "ARCHIVO_ID", nullable = false, updatable = false)
  private Long archivoId;

  @Column(name = "LINE_NO", nullable = false, updatable = false)
  private int lineNo;

  @Column(name = "REFERENCIA")
  private String referencia;

  @Column(name = "AMOUNT")
  private BigDecimal amount;

  @Column(name = "PAID_AT")
  private Instant paidAt;

  @Column(name = "CHANNEL")
  private String channel;

  @Column(name = "AUTHORIZATION_CODE")
  private String authorizationCode;

  @Column(name = "RAW_LINE")
  private String rawLine;

  // the stored codes are the constant names, as before the enum (no migration)
  @Enumerated(EnumType.STRING)
  @Column(name = "OUTCOME")
  private LineOutcome outcome;

  @Column(name = "DETAIL")
  private String detail;

  @Column(name = "PAGO_ID")
  private Long pagoId;

  @Column(name = "PREDIO_ID")
  private Long predioId;

  // the stored codes are the constant names, as before the enum (no migration)
  @Enumerated(EnumType.STRING)
  @Column(name = "RESOLUTION")
  private ResolutionAction resolution;

  @Column(name = "RESOLUTION_NOTE")
  private String resolutionNote;

  @Column(name = "RESOLUTION_PREDIO_ID")
  private Long resolutionPredioId;

  @Column(name = "REQUESTED_BY")
  private String requestedBy;

  @Column(name = "RESOLVED_BY")
  private String resolvedBy;

  @Column(name = "RESOLVED_AT")
  private Instant resolvedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public Long getArchivoId() {
    return archivoId;
  }

  public void setArchivoId(Long archivoId) {
    this.archivoId = archivoId;
  }

  public int getLineNo() {
    return lineNo;
  }

  public void setLineNo(int lineNo) {
    this.lineNo = lineNo;
  }

  public String getReferencia() {
    return referencia;
  }

  public void setReferencia(String referencia) {
    this.referencia = referencia;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public void setPaidAt(Instant paidAt) {
    this.paidAt = paidAt;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getAuthorizationCode() {
    return authorizationCode;
  }

  public void setAuthorizationCode(String authorizationCode) {
    this.authorizationCode = authorizationCode;
  }

  public String getRawLine() {
    return rawLine;
  }

  public void setRawLine(String rawLine) {
    this.rawLine = rawLine;
  }

  public LineOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(LineOutcome outcome) {
    this.outcome = outcome;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public Long getPagoId() {
    return pagoId;
  }

  public void setPagoId(Long pagoId) {
    this.pagoId = pagoId;
  }

  public Long getPredioId() {
    return predioId;
  }

  public void setPredioId(Long predioId) {
    this.predioId = predioId;
  }

  public ResolutionAction getResolution() {
    return resolution;
  }

  public void setResolution(ResolutionAction resolution) {
    this.resolution = resolution;
  }

  public String getResolutionNote() {
    return resolutionNote;
  }

  public void setResolutionNote(String resolutionNote) {
    this.resolutionNote = resolutionNote;
  }

  public Long getResolutionPredioId() {
    return resolutionPredioId;
  }

  public void setResolutionPredioId(Long resolutionPredioId) {
    this.resolutionPredioId = resolutionPredioId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public void setRequestedBy(String requestedBy) {
    this.requestedBy = requestedBy;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public void setResolvedBy(String resolvedBy) {
    this.resolvedBy = resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public void setResolvedAt(Instant resolvedAt) {
    this.resolvedAt = resolvedAt;
  }

  public long getVersion() {
    return version;
  }
}
