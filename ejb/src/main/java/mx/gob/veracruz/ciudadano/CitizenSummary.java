package mx.gob.veracruz.ciudadano;

import java.io.Serializable;

/** A row of the citizen list. */
public record CitizenSummary(Long id, String curp, String nombreCompleto, String colonia,
    String codigoPostal, String telefono) implements Serializable {}
