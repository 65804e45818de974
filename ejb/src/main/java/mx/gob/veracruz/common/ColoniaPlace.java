package mx.gob.veracruz.common;

import java.io.Serializable;

/** A colonia found from a typed address, with a point inside it (where the pin starts). */
public record ColoniaPlace(ColoniaInfo colonia, double lat, double lon) implements Serializable {}
