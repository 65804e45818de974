package mx.gob.veracruz.common;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A legal due date and why: the non-working days skipped, each with its reason. */
public record DueDateResult(
    LocalDate start, int businessDays, LocalDate date, List<Skipped> skipped, String explanation)
    implements Serializable {
  public record Skipped(LocalDate date, String reason) implements Serializable {}
}
