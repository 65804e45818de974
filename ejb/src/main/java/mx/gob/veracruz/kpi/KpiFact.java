package mx.gob.veracruz.kpi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored figure: an indicator's value for a day and a dimension's key. */
public record KpiFact(
    LocalDate date, String indicator, String dimension, String key, BigDecimal value)
    implements Serializable {}
