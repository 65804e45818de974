package mx.gob.veracruz.predial.web;

import java.io.Serializable;

/**
 * The "Registrar descuento" dialog: an owner's CURP, the kind of benefit and its supporting
 * document.
 */
public class BenefitForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String curp;
  private String tipo;
  private String documento;

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getTipo() {
    return tipo;
  }

  public void setTipo(String tipo) {
    this.tipo = tipo;
  }

  public String getDocumento() {
    return documento;
  }

  public void setDocumento(String documento) {
    this.documento = documento;
  }
}
