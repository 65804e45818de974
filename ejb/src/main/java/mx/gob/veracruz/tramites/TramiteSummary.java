package mx.gob.veracruz.tramites;

import java.io.Serializable;

/** A catalogue row: what a citizen needs to choose a procedure. */
public record TramiteSummary(
    String code,
    String name,
    String area,
    String description,
    int termDays,
    String silence,
    boolean online,
    String feeText,
    boolean active,
    int version)
    implements Serializable {}
