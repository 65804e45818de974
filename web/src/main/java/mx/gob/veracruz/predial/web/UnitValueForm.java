package mx.gob.veracruz.predial.web;

import java.io.Serializable;
import java.math.BigDecimal;
import mx.gob.veracruz.predial.UnitValueView;

/**
 * The unit-value dialog: a land zone (code) or a construction type/condition (code TIPO/ESTADO),
 * per m².
 */
public class UnitValueForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Long id;
  private final int fiscalYear;
  private final String kind;
  private final long version;
  private String code;
  private String description;
  private BigDecimal unitValue;

  UnitValueForm(int fiscalYear, String kind) {
    this(null, fiscalYear, kind, 0);
  }

  private UnitValueForm(Long id, int fiscalYear, String kind, long version) {
    this.id = id;
    this.fiscalYear = fiscalYear;
    this.kind = kind;
    this.version = version;
  }

  static UnitValueForm of(UnitValueView v) {
    UnitValueForm f = new UnitValueForm(v.id(), v.fiscalYear(), v.kind(), v.version());
    f.code = v.code();
    f.description = v.description();
    f.unitValue = v.unitValue();
    return f;
  }

  UnitValueView view() {
    return new UnitValueView(id, fiscalYear, kind, code, description, unitValue, version);
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isZone() {
    return "ZONA".equals(kind);
  }

  public String getKind() {
    return kind;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getUnitValue() {
    return unitValue;
  }

  public void setUnitValue(BigDecimal unitValue) {
    this.unitValue = unitValue;
  }
}
