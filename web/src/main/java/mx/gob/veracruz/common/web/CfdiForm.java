package mx.gob.veracruz.common.web;

import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.cobros.CfdiCommand;

/**
 * The "Solicitar CFDI" dialog: the receiver's fiscal data as on the Constancia; blank RFC = público
 * en general.
 */
public class CfdiForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** SAT c_RegimenFiscal codes offered to individuals and companies paying property tax. */
  static final List<String> REGIMENES =
      List.of("601", "603", "605", "606", "612", "616", "621", "625", "626");

  /** SAT c_UsoCFDI codes that fit a tax payment. */
  static final List<String> USOS = List.of("G03", "S01");

  private final String folio;
  private String rfc;
  private String nombre;
  private String codigoPostal;
  private String regimenFiscal;
  private String usoCfdi = "G03";
  private String uuid;

  public CfdiForm(String folio, String uuid) {
    this.folio = folio;
    this.uuid = uuid;
  }

  public CfdiCommand command() {
    return new CfdiCommand(rfc, nombre, codigoPostal, regimenFiscal, usoCfdi);
  }

  public String getFolio() {
    return folio;
  }

  public String getRfc() {
    return rfc;
  }

  public void setRfc(String rfc) {
    this.rfc = rfc;
  }

  public String getNombre() {
    return nombre;
  }

  public void setNombre(String nombre) {
    this.nombre = nombre;
  }

  public String getCodigoPostal() {
    return codigoPostal;
  }

  public void setCodigoPostal(String codigoPostal) {
    this.codigoPostal = codigoPostal;
  }

  public String getRegimenFiscal() {
    return regimenFiscal;
  }

  public void setRegimenFiscal(String regimenFiscal) {
    this.regimenFiscal = regimenFiscal;
  }

  public String getUsoCfdi() {
    return usoCfdi;
  }

  public void setUsoCfdi(String usoCfdi) {
    this.usoCfdi = usoCfdi;
  }

  public String getUuid() {
    return uuid;
  }

  public void setUuid(String uuid) {
    this.uuid = uuid;
  }

  public List<String> getRegimenes() {
    return REGIMENES;
  }

  public List<String> getUsos() {
    return USOS;
  }
}
