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

/** A predio's account for one fiscal year: valuation, tax, and what was credited. */
@Entity
@Table(name = "PREDIAL_ANUALIDAD")
@NamedQuery(
    name = "Anualidad.byPredio",
    query = "select a from Anualidad a where a.predioId = :predioId order by a.fiscalYear")
@NamedQuery(
    name = "Anualidad.byPredioYear",
    query = "select a from Anualidad a where a.predioId = :predioId and a.fiscalYear = :year")
@NamedQuery(
    name = "Anualidad.byPredios",
    query = "select a from Anualidad a where a.predioId in :ids and a.fiscalYear = :year")
@NamedQuery(
    name = "Anualidad.allOfPredios",
    query = "select a from Anualidad a where a.predioId in :ids order by a.predioId, a.fiscalYear")
public class Anualidad {
  @Id
  @TableGenerator(
      name = "PREDIAL_ANUALIDAD",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_ANUALIDAD",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_ANUALIDAD")
  @Column(name = "ID")
  private Long id;

  @Column(name = "PREDIO_ID", nullable = false, updatable = false)
  private Long predioId;

  @Column(name = "FISCAL_YEAR", nullable = false, updatable = false)
  private int fiscalYear;

  @Column(name = "LAND_VALUE")
  private BigDecimal landValue;

  @Column(name = "CONSTRUCTION_VALUE")
  private BigDecimal constructionValue;

  @Column(name = "VALOR_CATASTRAL")
  private BigDecimal valorCatastral;

  @Column(name = "ANNUAL_TAX")
  private BigDecimal annualTax;

  @Column(name = "EXPLANATION")
  private String explanation;

  @Column(name = "CREDITED_TAX")
  private BigDecimal creditedTax;

  @Column(name = "CREDITED_SURCHARGE")
  private BigDecimal creditedSurcharge;

  @Column(name = "ASSESSED_BY_JOB")
  private Long assessedByJob;

  @Column(name = "ASSESSED_AT")
  private Instant assessedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public Long getPredioId() {
    return predioId;
  }

  public void setPredioId(Long predioId) {
    this.predioId = predioId;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(int fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public BigDecimal getLandValue() {
    return landValue;
  }

  public void setLandValue(BigDecimal landValue) {
    this.landValue = landValue;
  }

  public BigDecimal getConstructionValue() {
    return constructionValue;
  }

  public void setConstructionValue(BigDecimal constructionValue) {
    this.constructionValue = constructionValue;
  }

  public BigDecimal getValorCatastral() {
    return valorCatastral;
  }

  public void setValorCatastral(BigDecimal valorCatastral) {
    this.valorCatastral = valorCatastral;
  }

  public BigDecimal getAnnualTax() {
    return annualTax;
  }

  public void setAnnualTax(BigDecimal annualTax) {
    this.annualTax = annualTax;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public BigDecimal getCreditedTax() {
    return creditedTax;
  }

  public void setCreditedTax(BigDecimal creditedTax) {
    this.creditedTax = creditedTax;
  }

  public BigDecimal getCreditedSurcharge() {
    return creditedSurcharge;
  }

  public void setCreditedSurcharge(BigDecimal creditedSurcharge) {
    this.creditedSurcharge = creditedSurcharge;
  }

  public Long getAssessedByJob() {
    return assessedByJob;
  }

  public void setAssessedByJob(Long assessedByJob) {
    this.assessedByJob = assessedByJob;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public void setAssessedAt(Instant assessedAt) {
    this.assessedAt = assessedAt;
  }

  public long getVersion() {
    return version;
  }
}
