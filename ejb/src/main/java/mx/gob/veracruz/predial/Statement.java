package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A predio's statement as of a date: one line per fiscal year owed, and the total. */
public record Statement(
    Long predioId,
    String claveCatastral,
    String ownerName,
    String address,
    LocalDate asOf,
    List<StatementLine> lines,
    BigDecimal total,
    boolean specialDiscount)
    implements Serializable {}
