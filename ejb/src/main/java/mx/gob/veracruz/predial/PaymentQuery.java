package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The payments list's filters: the city days {@code from} to {@code to} (required, at most {@value
 * #MAX_DAYS} days), and optionally a channel, a bank and a folio prefix.
 */
public record PaymentQuery(
    LocalDate from, LocalDate to, String channel, String bank, String folio, boolean appliedOnly)
    implements Serializable {
  public static final int MAX_DAYS = 366;
}
