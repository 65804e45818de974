package mx.gob.veracruz.tramites;

import java.io.Serializable;
import java.time.Instant;

/** A resolution's public check: found by folio and code, its signature verified against the PDF. */
public record ResolutionCheck(
    boolean found,
    String folio,
    String tramiteName,
    String resolution,
    Instant resolvedAt,
    String sha256,
    String keyId,
    boolean signatureValid)
    implements Serializable {}
