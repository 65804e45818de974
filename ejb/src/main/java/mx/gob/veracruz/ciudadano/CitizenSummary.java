package mx.gob.veracruz.ciudadano;

import java.io.Serializable;

/** A row of the citizen list. */
public record CitizenSummary(
    Long id,
    String curp,
    String nombreCompleto,
    Long coloniaId,
    String colonia,
    String codigoPostal,
    String telefono)
    implements Serializable {

  /** The same row with the colonia's name filled in. */
  public CitizenSummary withColonia(String name) {
    return new CitizenSummary(id, curp, nombreCompleto, coloniaId, name, codigoPostal, telefono);
  }
}
