package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;

/** An online payment started at the gateway: where to send the citizen. */
public record ChargeStart(String chargeId, String checkoutUrl, BigDecimal amount, String status)
    implements Serializable {}
