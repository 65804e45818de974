package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.time.Instant;

/** A published version of a service: when, by whom, and the service as it was (JSON). */
public record CatalogVersionView(int version, Instant at, String by, String snapshot)
    implements Serializable {}
