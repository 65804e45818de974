package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A call as the console saves it (a draft, or an open call before its first application). */
public record ConvocatoriaCommand(
    String code,
    String name,
    String cycle,
    String description,
    BecaRules rules,
    LocalDate opensOn,
    LocalDate closesOn,
    BigDecimal budget,
    Integer places,
    BigDecimal amount,
    Integer payments)
    implements Serializable {}
