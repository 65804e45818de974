package mx.gob.veracruz.ciudadano.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A person known to the municipality, identified by CURP (birth date and sex come from it). */
@Entity
@Table(name = "CIUDADANO")
@NamedQuery(name = "Ciudadano.findByCurp", query = "select c from Ciudadano c where c.curp = :curp")
@NamedQuery(name = "Ciudadano.count", query = "select count(c) from Ciudadano c")
public class Ciudadano {
  @Id
  @TableGenerator(
      name = "CIUDADANO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "CIUDADANO",
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "CIUDADANO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CURP", nullable = false, unique = true, updatable = false)
  private String curp;

  @Column(name = "NOMBRE", nullable = false)
  private String nombre;

  @Column(name = "PRIMER_APELLIDO", nullable = false)
  private String primerApellido;

  @Column(name = "SEGUNDO_APELLIDO")
  private String segundoApellido;

  /** Upper-case, accent-free "APELLIDOS NOMBRE" so that the name search ignores accents. */
  @Column(name = "NOMBRE_BUSQUEDA", nullable = false)
  private String nombreBusqueda;

  @Column(name = "FECHA_NACIMIENTO", nullable = false)
  private LocalDate fechaNacimiento;

  @Column(name = "SEXO", nullable = false)
  private String sexo;

  @Column(name = "EMAIL")
  private String email;

  @Column(name = "TELEFONO")
  private String telefono;

  @Column(name = "CALLE")
  private String calle;

  @Column(name = "NUMERO")
  private String numero;

  @Column(name = "CODIGO_POSTAL")
  private String codigoPostal;

  /** Colonia by id only: colonias belong to the common domain (reached via GeographyFacade). */
  @Column(name = "COLONIA_ID")
  private Long coloniaId;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "UPDATED_AT", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Ciudadano() {}

  public Ciudadano(Curp curp) {
    this.curp = curp.value();
    this.fechaNacimiento = curp.birthDate();
    this.sexo = curp.sex();
  }

  public void rename(String nombre, String primerApellido, String segundoApellido) {
    this.nombre = nombre.trim();
    this.primerApellido = primerApellido.trim();
    this.segundoApellido =
        segundoApellido == null || segundoApellido.isBlank() ? null : segundoApellido.trim();
    this.nombreBusqueda =
        searchKey(
            this.primerApellido
                + " "
                + (this.segundoApellido == null ? "" : this.segundoApellido + " ")
                + this.nombre);
  }

  public void contact(String email, String telefono) {
    this.email = email;
    this.telefono = telefono;
  }

  public void address(String calle, String numero, String codigoPostal, Long coloniaId) {
    this.calle = calle;
    this.numero = numero;
    this.codigoPostal = codigoPostal;
    this.coloniaId = coloniaId;
  }

  /** The searchable form of a name: upper case, no accents, single spaces. */
  public static String searchKey(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toUpperCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
  }

  @PrePersist
  void onCreate() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getCurp() {
    return curp;
  }

  public String getNombre() {
    return nombre;
  }

  public String getPrimerApellido() {
    return primerApellido;
  }

  public String getSegundoApellido() {
    return segundoApellido;
  }

  public LocalDate getFechaNacimiento() {
    return fechaNacimiento;
  }

  public String getSexo() {
    return sexo;
  }

  public String getEmail() {
    return email;
  }

  public String getTelefono() {
    return telefono;
  }

  public String getCalle() {
    return calle;
  }

  public String getNumero() {
    return numero;
  }

  public String getCodigoPostal() {
    return codigoPostal;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
