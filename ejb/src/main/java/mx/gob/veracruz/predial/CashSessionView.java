package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A cashier's day and its cut (corte de caja). */
public record CashSessionView(
    Long id,
    String cashier,
    LocalDate businessDate,
    Instant openedAt,
    BigDecimal openingCash,
    Instant closedAt,
    BigDecimal cashTotal,
    BigDecimal cardTotal,
    int paymentCount,
    BigDecimal expectedCash,
    BigDecimal countedCash,
    BigDecimal difference,
    String notes)
    implements Serializable {}
