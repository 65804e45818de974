package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A bank's settlement-file layout: how to read its header, detail and trailer records. Adding a
 * bank's layout is one implementation of this interface registered in {@link BankFileLayouts} (see
 * docs/BANK-FILES.md for the two layouts shipped).
 */
public interface BankFileLayout {
  /** The file's identity from its header: bank, business date and the bank's sequence number. */
  record Header(String bank, LocalDate businessDate, int sequence) {}

  /** The trailer's control totals. */
  record Trailer(long count, BigDecimal total) {}

  /** One payment line; {@code problem} is non-null when the line cannot be read (malformed). */
  record Detail(
      String reference,
      BigDecimal amount,
      LocalDateTime paidAt,
      String channel,
      String authorization,
      String problem) {
    public static Detail malformed(String problem) {
      return new Detail(null, null, null, null, null, problem);
    }
  }

  /** Stable id used in configuration and stored with the file, e.g. {@code FIXED-BBVA}. */
  String id();

  boolean isHeader(String line);

  boolean isTrailer(String line);

  Header header(String line);

  Trailer trailer(String line);

  Detail detail(String line);
}
