package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import mx.gob.veracruz.predial.model.ReferenciaStatus;

/**
 * A slip that an unmatched settlement line may have meant: same amount around the payment date,
 * and/or a reference a few digits away (a typing error at the counter). {@code distance} is the
 * number of digits to change.
 */
public record MatchSuggestion(
    Long predioId,
    String claveCatastral,
    String reference,
    BigDecimal amount,
    LocalDate validUntil,
    ReferenciaStatus status,
    int distance,
    String reason)
    implements Serializable {}
