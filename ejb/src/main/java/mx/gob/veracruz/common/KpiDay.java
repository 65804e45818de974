package mx.gob.veracruz.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One city day: its date and its bounds [from, to) in city time (23 or 25 hours never, Mexico has
 * no DST since 2022).
 */
public record KpiDay(LocalDate date) {
  public Instant from() {
    return date.atStartOfDay(CityClock.ZONE).toInstant();
  }

  public Instant to() {
    return date.plusDays(1).atStartOfDay(CityClock.ZONE).toInstant();
  }

  public long fromMillis() {
    return from().toEpochMilli();
  }

  public long toMillis() {
    return to().toEpochMilli();
  }

  /** For {@code TIMESTAMP} columns written from {@code Instant}s. */
  public Timestamp fromTimestamp() {
    return Timestamp.from(from());
  }

  public Timestamp toTimestamp() {
    return Timestamp.from(to());
  }
}
