package mx.gob.veracruz.predial.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A cashier's working day at the counter, closed by the cash cut (corte de caja). */
@Entity
@Table(name = "PREDIAL_CAJA_SESION")
@NamedQuery(
    name = "CajaSesion.byCashierDate",
    query = "select s from CajaSesion s where s.cashier = :cashier and s.businessDate = :date")
@NamedQuery(
    name = "CajaSesion.recent",
    query = "select s from CajaSesion s order by s.businessDate desc, s.cashier")
public class CajaSesion {
  @Id
  @TableGenerator(
      name = "PREDIAL_CAJA_SESION",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_CAJA_SESION",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_CAJA_SESION")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CASHIER")
  private String cashier;

  @Column(name = "BUSINESS_DATE")
  private LocalDate businessDate;

  @Column(name = "OPENED_AT")
  private Instant openedAt;

  @Column(name = "OPENING_CASH")
  private BigDecimal openingCash;

  @Column(name = "CLOSED_AT")
  private Instant closedAt;

  @Column(name = "EXPECTED_CASH")
  private BigDecimal expectedCash;

  @Column(name = "COUNTED_CASH")
  private BigDecimal countedCash;

  @Column(name = "CARD_TOTAL")
  private BigDecimal cardTotal;

  @Column(name = "PAYMENT_COUNT")
  private Integer paymentCount;

  @Column(name = "DIFFERENCE")
  private BigDecimal difference;

  @Column(name = "NOTES")
  private String notes;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getCashier() {
    return cashier;
  }

  public void setCashier(String cashier) {
    this.cashier = cashier;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public void setBusinessDate(LocalDate businessDate) {
    this.businessDate = businessDate;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public void setOpenedAt(Instant openedAt) {
    this.openedAt = openedAt;
  }

  public BigDecimal getOpeningCash() {
    return openingCash;
  }

  public void setOpeningCash(BigDecimal openingCash) {
    this.openingCash = openingCash;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public BigDecimal getExpectedCash() {
    return expectedCash;
  }

  public void setExpectedCash(BigDecimal expectedCash) {
    this.expectedCash = expectedCash;
  }

  public BigDecimal getCountedCash() {
    return countedCash;
  }

  public void setCountedCash(BigDecimal countedCash) {
    this.countedCash = countedCash;
  }

  public BigDecimal getCardTotal() {
    return cardTotal;
  }

  public void setCardTotal(BigDecimal cardTotal) {
    this.cardTotal = cardTotal;
  }

  public Integer getPaymentCount() {
    return paymentCount;
  }

  public void setPaymentCount(Integer paymentCount) {
    this.paymentCount = paymentCount;
  }

  public BigDecimal getDifference() {
    return difference;
  }

  public void setDifference(BigDecimal difference) {
    this.difference = difference;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public long getVersion() {
    return version;
  }
}
