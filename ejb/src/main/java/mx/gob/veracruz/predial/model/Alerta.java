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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment the reconciliation could not tie to a settlement line where it should have: an online
 * payment applied by the gateway's webhook that the gateway's report for its date does not list.
 * One per report file and payment (unique), so a restarted job flags it once.
 */
@Entity
@Table(name = "PREDIAL_ALERTA")
@NamedQuery(
    name = "Alerta.byArchivoPago",
    query = "select a from Alerta a where a.archivoId = :archivo and a.pagoId = :pago")
@NamedQuery(
    name = "Alerta.countByJob",
    query =
        "select count(al) from Alerta al, Archivo f where al.archivoId = f.id"
            + " and f.jobExecutionId = :job")
@NamedQuery(
    name = "Alerta.viewsByDate",
    query =
        "select new mx.gob.veracruz.predial.ReconciliationAlert(al.id, f.fileName, al.kind,"
            + " al.pagoId, al.predioId, al.amount, al.externalKey, al.paidAt, al.detail)"
            + " from Alerta al, Archivo f where al.archivoId = f.id and f.reconciliationDate = :date order by al.id")
public class Alerta {

  @Id
  @TableGenerator(
      name = "PREDIAL_ALERTA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_ALERTA",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_ALERTA")
  @Column(name = "ID")
  private Long id;

  @Column(name = "ARCHIVO_ID")
  private Long archivoId;

  @Column(name = "PAGO_ID")
  private Long pagoId;

  @Column(name = "PREDIO_ID")
  private Long predioId;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND")
  private AlertaKind kind;

  @Column(name = "AMOUNT")
  private BigDecimal amount;

  @Column(name = "EXTERNAL_KEY")
  private String externalKey;

  @Column(name = "PAID_AT")
  private Instant paidAt;

  @Column(name = "DETAIL")
  private String detail;

  @Column(name = "CREATED_AT")
  private Instant createdAt;

  protected Alerta() {}

  public Alerta(Long archivoId, Pago pago, AlertaKind kind, String detail) {
    this.archivoId = archivoId;
    this.pagoId = pago.getId();
    this.predioId = pago.getPredioId();
    this.kind = kind;
    this.amount = pago.getAmount();
    this.externalKey = pago.getExternalKey();
    this.paidAt = pago.getPaidAt();
    this.detail = detail;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getArchivoId() {
    return archivoId;
  }

  public Long getPagoId() {
    return pagoId;
  }

  public Long getPredioId() {
    return predioId;
  }

  public AlertaKind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getExternalKey() {
    return externalKey;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
