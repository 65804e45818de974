package mx.gob.veracruz.common;

import java.io.Serializable;
import java.time.LocalDate;

/** A municipal non-working day (día inhábil) as the console edits it. */
public record NonWorkingDay(Long id, LocalDate date, String reason) implements Serializable {}
