package mx.gob.veracruz.tramites;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A procedure's published definition with its version, and the concepts' names of its fees. */
public record TramiteInfo(
    TramiteDefinition definition,
    int version,
    boolean active,
    Instant updatedAt,
    List<String> feeTexts)
    implements Serializable {}
