package mx.gob.veracruz.ciudadano;

import java.io.Serializable;

/** Filters of the citizen list: CURP prefix, name words (accent-insensitive), colonia. */
public record CitizenQuery(String curp, String nombre, Long coloniaId) implements Serializable {}
