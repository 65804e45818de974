package mx.gob.veracruz.ciudadano;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One citizen with contact and address, as the 360° page and the edit dialog show it. */
public record CitizenDetail(
    Long id,
    long version,
    String curp,
    String nombre,
    String primerApellido,
    String segundoApellido,
    LocalDate fechaNacimiento,
    int edad,
    String sexo,
    String email,
    String telefono,
    String calle,
    String numero,
    String codigoPostal,
    Long coloniaId,
    String colonia,
    Instant createdAt,
    Instant updatedAt)
    implements Serializable {
  public String nombreCompleto() {
    return nombre + " " + primerApellido + (segundoApellido == null ? "" : " " + segundoApellido);
  }
}
