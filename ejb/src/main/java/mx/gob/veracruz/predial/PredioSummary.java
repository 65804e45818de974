package mx.gob.veracruz.predial;

import java.io.Serializable;

/** One row of the predio list. */
public record PredioSummary(
    Long id,
    String claveCatastral,
    String propietarios,
    Long coloniaId,
    String colonia,
    String direccion,
    String zona)
    implements Serializable {}
