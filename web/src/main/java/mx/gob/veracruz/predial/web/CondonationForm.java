package mx.gob.veracruz.predial.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import mx.gob.veracruz.predial.CondonationView;

/** The condonation-campaign dialog; the rate off recargos is typed as a percentage. */
public class CondonationForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private Long id;
  private long version;
  private String nombre;
  private BigDecimal percent;
  private LocalDate validFrom;
  private LocalDate validTo;

  static CondonationForm of(CondonationView c) {
    CondonationForm f = new CondonationForm();
    f.id = c.id();
    f.version = c.version();
    f.nombre = c.nombre();
    f.percent = TariffForm.percent(c.rate());
    f.validFrom = c.validFrom();
    f.validTo = c.validTo();
    return f;
  }

  CondonationView view() {
    return new CondonationView(
        id, nombre, TariffForm.fraction(percent), validFrom, validTo, version);
  }

  public boolean isNew() {
    return id == null;
  }

  public String getNombre() {
    return nombre;
  }

  public void setNombre(String nombre) {
    this.nombre = nombre;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }
}
