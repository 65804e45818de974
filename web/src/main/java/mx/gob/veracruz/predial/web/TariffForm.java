package mx.gob.veracruz.predial.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import mx.gob.veracruz.predial.TariffView;

/**
 * A fiscal year's tariff as edited on screen. The tables keep rates as fractions (0.20); people
 * read and type percentages (20 %), so the form converts both ways.
 */
public class TariffForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private Long id;
  private int fiscalYear;
  private long version;
  private BigDecimal ratePerThousand;
  private BigDecimal minimumUma;
  private BigDecimal umaDailyValue;
  private BigDecimal earlyDiscountPercent;
  private LocalDate earlyDiscountUntil;
  private BigDecimal specialDiscountPercent;
  private BigDecimal maxDiscountPercent;
  private BigDecimal monthlySurchargePercent;
  private LocalDate surchargeFrom;
  private int slipValidityDays;

  static TariffForm of(TariffView t) {
    TariffForm f = new TariffForm();
    f.id = t.id();
    f.fiscalYear = t.fiscalYear();
    f.version = t.version();
    f.ratePerThousand = t.ratePerThousand();
    f.minimumUma = t.minimumUma();
    f.umaDailyValue = t.umaDailyValue();
    f.earlyDiscountPercent = percent(t.earlyDiscountRate());
    f.earlyDiscountUntil = t.earlyDiscountUntil();
    f.specialDiscountPercent = percent(t.specialDiscountRate());
    f.maxDiscountPercent = percent(t.maxDiscountRate());
    f.monthlySurchargePercent = percent(t.monthlySurchargeRate());
    f.surchargeFrom = t.surchargeFrom();
    f.slipValidityDays = t.slipValidityDays();
    return f;
  }

  TariffView view() {
    return new TariffView(
        id,
        fiscalYear,
        ratePerThousand,
        minimumUma,
        umaDailyValue,
        fraction(earlyDiscountPercent),
        earlyDiscountUntil,
        fraction(specialDiscountPercent),
        fraction(maxDiscountPercent),
        fraction(monthlySurchargePercent),
        surchargeFrom,
        slipValidityDays,
        version);
  }

  static BigDecimal percent(BigDecimal fraction) {
    return fraction == null ? null : fraction.movePointRight(2).stripTrailingZeros();
  }

  static BigDecimal fraction(BigDecimal percent) {
    return percent == null ? null : percent.movePointLeft(2);
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public BigDecimal getRatePerThousand() {
    return ratePerThousand;
  }

  public void setRatePerThousand(BigDecimal v) {
    this.ratePerThousand = v;
  }

  public BigDecimal getMinimumUma() {
    return minimumUma;
  }

  public void setMinimumUma(BigDecimal v) {
    this.minimumUma = v;
  }

  public BigDecimal getUmaDailyValue() {
    return umaDailyValue;
  }

  public void setUmaDailyValue(BigDecimal v) {
    this.umaDailyValue = v;
  }

  public BigDecimal getEarlyDiscountPercent() {
    return earlyDiscountPercent;
  }

  public void setEarlyDiscountPercent(BigDecimal v) {
    this.earlyDiscountPercent = v;
  }

  public LocalDate getEarlyDiscountUntil() {
    return earlyDiscountUntil;
  }

  public void setEarlyDiscountUntil(LocalDate v) {
    this.earlyDiscountUntil = v;
  }

  public BigDecimal getSpecialDiscountPercent() {
    return specialDiscountPercent;
  }

  public void setSpecialDiscountPercent(BigDecimal v) {
    this.specialDiscountPercent = v;
  }

  public BigDecimal getMaxDiscountPercent() {
    return maxDiscountPercent;
  }

  public void setMaxDiscountPercent(BigDecimal v) {
    this.maxDiscountPercent = v;
  }

  public BigDecimal getMonthlySurchargePercent() {
    return monthlySurchargePercent;
  }

  public void setMonthlySurchargePercent(BigDecimal v) {
    this.monthlySurchargePercent = v;
  }

  public LocalDate getSurchargeFrom() {
    return surchargeFrom;
  }

  public void setSurchargeFrom(LocalDate v) {
    this.surchargeFrom = v;
  }

  public int getSlipValidityDays() {
    return slipValidityDays;
  }

  public void setSlipValidityDays(int v) {
    this.slipValidityDays = v;
  }
}
