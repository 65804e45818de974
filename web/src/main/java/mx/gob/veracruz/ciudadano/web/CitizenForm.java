package mx.gob.veracruz.ciudadano.web;

import java.io.Serializable;
import mx.gob.veracruz.ciudadano.CitizenCommand;
import mx.gob.veracruz.ciudadano.CitizenDetail;

/** The editable fields of the citizen dialog. */
public class CitizenForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private Long id;
  private long version;
  private String curp;
  private String nombre;
  private String primerApellido;
  private String segundoApellido;
  private String email;
  private String telefono;
  private String calle;
  private String numero;
  private String codigoPostal;
  private Long coloniaId;

  static CitizenForm of(CitizenDetail d) {
    CitizenForm f = new CitizenForm();
    f.id = d.id();
    f.version = d.version();
    f.curp = d.curp();
    f.nombre = d.nombre();
    f.primerApellido = d.primerApellido();
    f.segundoApellido = d.segundoApellido();
    f.email = d.email();
    f.telefono = d.telefono();
    f.calle = d.calle();
    f.numero = d.numero();
    f.codigoPostal = d.codigoPostal();
    f.coloniaId = d.coloniaId();
    return f;
  }

  CitizenCommand command() {
    return new CitizenCommand(
        curp,
        nombre,
        primerApellido,
        segundoApellido,
        email,
        telefono,
        calle,
        numero,
        codigoPostal,
        coloniaId);
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getNombre() {
    return nombre;
  }

  public void setNombre(String nombre) {
    this.nombre = nombre;
  }

  public String getPrimerApellido() {
    return primerApellido;
  }

  public void setPrimerApellido(String v) {
    this.primerApellido = v;
  }

  public String getSegundoApellido() {
    return segundoApellido;
  }

  public void setSegundoApellido(String v) {
    this.segundoApellido = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getTelefono() {
    return telefono;
  }

  public void setTelefono(String telefono) {
    this.telefono = telefono;
  }

  public String getCalle() {
    return calle;
  }

  public void setCalle(String calle) {
    this.calle = calle;
  }

  public String getNumero() {
    return numero;
  }

  public void setNumero(String numero) {
    this.numero = numero;
  }

  public String getCodigoPostal() {
    return codigoPostal;
  }

  public void setCodigoPostal(String v) {
    this.codigoPostal = v;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }
}
