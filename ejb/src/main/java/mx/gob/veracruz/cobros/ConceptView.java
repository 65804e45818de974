package mx.gob.veracruz.cobros;

import java.io.Serializable;

/** A revenue concept of the catalogue. */
public record ConceptView(
    String code, String name, String claveProdServ, String claveUnidad, String leyIngresos)
    implements Serializable {}
