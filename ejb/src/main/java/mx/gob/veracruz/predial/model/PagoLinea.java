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

/** The part of a payment credited to one fiscal year (recargos first, then tax). */
@Entity
@Table(name = "PREDIAL_PAGO_LINEA")
@NamedQuery(
    name = "PagoLinea.byPago",
    query = "select l from PagoLinea l where l.pagoId = :pagoId order by l.fiscalYear")
public class PagoLinea {
  @Id
  @TableGenerator(
      name = "PREDIAL_PAGO_LINEA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_PAGO_LINEA",
      allocationSize = 1000)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_PAGO_LINEA")
  @Column(name = "ID")
  private Long id;

  @Column(name = "PAGO_ID")
  private Long pagoId;

  @Column(name = "FISCAL_YEAR")
  private int fiscalYear;

  @Column(name = "SURCHARGE")
  private BigDecimal surcharge;

  @Column(name = "TAX")
  private BigDecimal tax;

  @Column(name = "DISCOUNT")
  private BigDecimal discount;

  @Column(name = "CONDONATION")
  private BigDecimal condonation;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public Long getPagoId() {
    return pagoId;
  }

  public void setPagoId(Long pagoId) {
    this.pagoId = pagoId;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(int fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public BigDecimal getSurcharge() {
    return surcharge;
  }

  public void setSurcharge(BigDecimal surcharge) {
    this.surcharge = surcharge;
  }

  public BigDecimal getTax() {
    return tax;
  }

  public void setTax(BigDecimal tax) {
    this.tax = tax;
  }

  public BigDecimal getDiscount() {
    return discount;
  }

  public void setDiscount(BigDecimal discount) {
    this.discount = discount;
  }

  public BigDecimal getCondonation() {
    return condonation;
  }

  public void setCondonation(BigDecimal condonation) {
    this.condonation = condonation;
  }

  public long getVersion() {
    return version;
  }
}
