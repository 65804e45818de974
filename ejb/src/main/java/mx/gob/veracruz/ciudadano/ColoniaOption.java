package mx.gob.veracruz.ciudadano;

import java.io.Serializable;

/** A colonia for pick lists. */
public record ColoniaOption(Long id, String nombre, String codigoPostal) implements Serializable {
  public String label() {
    return nombre + " (" + codigoPostal + ")";
  }
}
