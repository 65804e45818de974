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
import java.time.LocalDate;

/** A fiscal year's rate, minimum, discount and surcharge rules (Ley de Ingresos; configurable). */
@Entity
@Table(name = "PREDIAL_TARIFA")
@NamedQuery(name = "Tarifa.all", query = "select t from Tarifa t order by t.fiscalYear desc")
@NamedQuery(name = "Tarifa.byYear", query = "select t from Tarifa t where t.fiscalYear = :year")
public class Tarifa {
  @Id
  @TableGenerator(
      name = "PREDIAL_TARIFA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_TARIFA",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_TARIFA")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FISCAL_YEAR", nullable = false, updatable = false)
  private int fiscalYear;

  @Column(name = "RATE_PER_THOUSAND")
  private BigDecimal ratePerThousand;

  @Column(name = "MINIMUM_UMA")
  private BigDecimal minimumUma;

  @Column(name = "UMA_DAILY_VALUE")
  private BigDecimal umaDailyValue;

  @Column(name = "EARLY_DISCOUNT_RATE")
  private BigDecimal earlyDiscountRate;

  @Column(name = "EARLY_DISCOUNT_UNTIL")
  private LocalDate earlyDiscountUntil;

  @Column(name = "SPECIAL_DISCOUNT_RATE")
  private BigDecimal specialDiscountRate;

  @Column(name = "MAX_DISCOUNT_RATE")
  private BigDecimal maxDiscountRate;

  @Column(name = "MONTHLY_SURCHARGE_RATE")
  private BigDecimal monthlySurchargeRate;

  @Column(name = "SURCHARGE_FROM")
  private LocalDate surchargeFrom;

  @Column(name = "SLIP_VALIDITY_DAYS")
  private int slipValidityDays;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(int fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public BigDecimal getRatePerThousand() {
    return ratePerThousand;
  }

  public void setRatePerThousand(BigDecimal ratePerThousand) {
    this.ratePerThousand = ratePerThousand;
  }

  public BigDecimal getMinimumUma() {
    return minimumUma;
  }

  public void setMinimumUma(BigDecimal minimumUma) {
    this.minimumUma = minimumUma;
  }

  public BigDecimal getUmaDailyValue() {
    return umaDailyValue;
  }

  public void setUmaDailyValue(BigDecimal umaDailyValue) {
    this.umaDailyValue = umaDailyValue;
  }

  public BigDecimal getEarlyDiscountRate() {
    return earlyDiscountRate;
  }

  public void setEarlyDiscountRate(BigDecimal earlyDiscountRate) {
    this.earlyDiscountRate = earlyDiscountRate;
  }

  public LocalDate getEarlyDiscountUntil() {
    return earlyDiscountUntil;
  }

  public void setEarlyDiscountUntil(LocalDate earlyDiscountUntil) {
    this.earlyDiscountUntil = earlyDiscountUntil;
  }

  public BigDecimal getSpecialDiscountRate() {
    return specialDiscountRate;
  }

  public void setSpecialDiscountRate(BigDecimal specialDiscountRate) {
    this.specialDiscountRate = specialDiscountRate;
  }

  public BigDecimal getMaxDiscountRate() {
    return maxDiscountRate;
  }

  public void setMaxDiscountRate(BigDecimal maxDiscountRate) {
    this.maxDiscountRate = maxDiscountRate;
  }

  public BigDecimal getMonthlySurchargeRate() {
    return monthlySurchargeRate;
  }

  public void setMonthlySurchargeRate(BigDecimal monthlySurchargeRate) {
    this.monthlySurchargeRate = monthlySurchargeRate;
  }

  public LocalDate getSurchargeFrom() {
    return surchargeFrom;
  }

  public void setSurchargeFrom(LocalDate surchargeFrom) {
    this.surchargeFrom = surchargeFrom;
  }

  public int getSlipValidityDays() {
    return slipValidityDays;
  }

  public void setSlipValidityDays(int slipValidityDays) {
    this.slipValidityDays = slipValidityDays;
  }

  public long getVersion() {
    return version;
  }
}
