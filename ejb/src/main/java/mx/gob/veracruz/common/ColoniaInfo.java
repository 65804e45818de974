package mx.gob.veracruz.common;

import java.io.Serializable;

/** A colonia of the municipality (name and postal code) for other domains and pick lists. */
public record ColoniaInfo(Long id, String nombre, String codigoPostal) implements Serializable {
  public String label() {
    return nombre + " (" + codigoPostal + ")";
  }
}
