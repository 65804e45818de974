package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * A scholarship call: its rules (JSON), dates, budget, places, amount per payment and payments, and
 * the committee's two-person decision.
 */
@Entity
@Table(name = "BECA_CONVOCATORIA")
@NamedQuery(
    name = "Convocatoria.byCode",
    query = "select c from Convocatoria c where c.code = :code")
public class Convocatoria {
  @Id
  @TableGenerator(
      name = "BECA_CONVOCATORIA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_CONVOCATORIA",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_CONVOCATORIA")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private long version;

  @Column(name = "CODE")
  private String code;

  @Column(name = "NAME")
  private String name;

  @Column(name = "CYCLE")
  private String cycle;

  @Column(name = "DESCRIPTION")
  private String description;

  @Column(name = "RULES")
  private String rules;

  @Column(name = "OPENS_ON")
  private java.time.LocalDate opensOn;

  @Column(name = "CLOSES_ON")
  private java.time.LocalDate closesOn;

  @Column(name = "BUDGET")
  private java.math.BigDecimal budget;

  @Column(name = "PLACES")
  private int places;

  @Column(name = "AMOUNT")
  private java.math.BigDecimal amount;

  @Column(name = "PAYMENTS")
  private int payments;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "PROPOSED_BY")
  private String proposedBy;

  @Column(name = "PROPOSED_AT")
  private java.time.Instant proposedAt;

  @Column(name = "PROPOSAL_NOTE")
  private String proposalNote;

  @Column(name = "APPROVED_BY")
  private String approvedBy;

  @Column(name = "APPROVED_AT")
  private java.time.Instant approvedAt;

  @Column(name = "PUBLISHED_AT")
  private java.time.Instant publishedAt;

  @Column(name = "UPDATED_AT")
  private java.time.Instant updatedAt;

  @Column(name = "UPDATED_BY")
  private String updatedBy;

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    this.code = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    this.name = v;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String v) {
    this.cycle = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    this.description = v;
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String v) {
    this.rules = v;
  }

  public java.time.LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(java.time.LocalDate v) {
    this.opensOn = v;
  }

  public java.time.LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(java.time.LocalDate v) {
    this.closesOn = v;
  }

  public java.math.BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(java.math.BigDecimal v) {
    this.budget = v;
  }

  public int getPlaces() {
    return places;
  }

  public void setPlaces(int v) {
    this.places = v;
  }

  public java.math.BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(java.math.BigDecimal v) {
    this.amount = v;
  }

  public int getPayments() {
    return payments;
  }

  public void setPayments(int v) {
    this.payments = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    this.status = v;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public void setProposedBy(String v) {
    this.proposedBy = v;
  }

  public java.time.Instant getProposedAt() {
    return proposedAt;
  }

  public void setProposedAt(java.time.Instant v) {
    this.proposedAt = v;
  }

  public String getProposalNote() {
    return proposalNote;
  }

  public void setProposalNote(String v) {
    this.proposalNote = v;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String v) {
    this.approvedBy = v;
  }

  public java.time.Instant getApprovedAt() {
    return approvedAt;
  }

  public void setApprovedAt(java.time.Instant v) {
    this.approvedAt = v;
  }

  public java.time.Instant getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(java.time.Instant v) {
    this.publishedAt = v;
  }

  public java.time.Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(java.time.Instant v) {
    this.updatedAt = v;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public void setUpdatedBy(String v) {
    this.updatedBy = v;
  }
}
