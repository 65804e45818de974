package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a published list: rank, folio, the score and the result; the initials only when the
 * call's rules allow them. No name, CURP or school.
 */
public record RankedEntry(int rank, String folio, String initials, BigDecimal score, String result)
    implements Serializable {}
