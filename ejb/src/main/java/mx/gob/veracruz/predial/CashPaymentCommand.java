package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A counter payment: method EFECTIVO or TARJETA (terminal authorisation), ticket = idempotency key
 * of the form.
 */
public record CashPaymentCommand(
    String claveCatastral,
    BigDecimal amount,
    String method,
    String terminalAuthorization,
    String payerName,
    String payerRfc,
    String ticket)
    implements Serializable {}
