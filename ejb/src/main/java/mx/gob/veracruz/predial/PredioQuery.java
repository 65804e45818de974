package mx.gob.veracruz.predial;

import java.io.Serializable;

/** Filters of the predio list (all optional): clave prefix, owner name words, colonia. */
public record PredioQuery(String clave, String propietario, Long coloniaId)
    implements Serializable {}
