package mx.gob.veracruz.common.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A day a term did not count, with the Spanish reason shown to the citizen. */
public record SkippedDay(LocalDate date, String reason) implements Serializable {

  public SkippedDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
  }
}
