package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import mx.gob.veracruz.predial.model.AlertaKind;

/**
 * A payment flagged by the reconciliation (e.g. applied by a webhook, missing from the gateway's
 * report).
 */
public record ReconciliationAlert(
    Long id,
    String fileName,
    AlertaKind kind,
    Long pagoId,
    Long predioId,
    BigDecimal amount,
    String externalKey,
    Instant paidAt,
    String detail)
    implements Serializable {}
