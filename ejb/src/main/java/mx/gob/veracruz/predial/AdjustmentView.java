package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import mx.gob.veracruz.predial.model.AjusteStatus;

/** A cancellation request and its decision. */
public record AdjustmentView(
    Long id,
    Long pagoId,
    String folio,
    BigDecimal amount,
    String reason,
    String requestedBy,
    Instant requestedAt,
    AjusteStatus status,
    String decidedBy,
    Instant decidedAt,
    String decisionNote)
    implements Serializable {}
