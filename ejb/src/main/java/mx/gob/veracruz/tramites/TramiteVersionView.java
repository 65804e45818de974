package mx.gob.veracruz.tramites;

import java.io.Serializable;
import java.time.Instant;

/** One version in a procedure's history. */
public record TramiteVersionView(int version, Instant createdAt, String createdBy, String note)
    implements Serializable {}
