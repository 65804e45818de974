package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;

/** What our records say about an online payment (never what the browser says). */
public record ChargeStatus(
    String chargeId, String status, BigDecimal amount, String receiptFolio, String verificationCode)
    implements Serializable {}
