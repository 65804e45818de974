package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.time.Instant;

/** A special-discount registration. */
public record BenefitView(
    Long id,
    String curp,
    String tipo,
    String documento,
    String registeredBy,
    Instant registeredAt,
    boolean active,
    String revokeReason)
    implements Serializable {}
