package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Fixed-width layout (docs/BANK-FILES.md), 80 columns, ASCII:
 *
 * <pre>
 * H BBBB YYYYMMDD SSS ...                       header: bank code (4), business date, sequence (3)
 * D RRRRRRRRRRRRRRRRRRRR AAAAAAAAAAAAA YYYYMMDDHHMMSS CC NNNNNNNNNN   reference (20, left, blanks),
 *                                         amount in cents (13), paid at, channel (2), authorisation (10)
 * T CCCCCCCC AAAAAAAAAAAAAAA                    trailer: detail count (8), total in cents (15)
 * </pre>
 */
public final class FixedWidthLayout implements BankFileLayout {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public String id() {
    return "FIXED-80";
  }

  @Override
  public boolean isHeader(String line) {
    return line.startsWith("H");
  }

  @Override
  public boolean isTrailer(String line) {
    return line.startsWith("T");
  }

  @Override
  public Header header(String line) {
    if (line.length() < 16) {
      throw new IllegalArgumentException("Encabezado incompleto");
    }
    return new Header(
        line.substring(1, 5).trim(),
        LocalDate.parse(line.substring(5, 13), DATE),
        Integer.parseInt(line.substring(13, 16)));
  }

  @Override
  public Trailer trailer(String line) {
    if (line.length() < 24 || !line.substring(1, 24).chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("Registro de control mal formado");
    }
    return new Trailer(
        Long.parseLong(line.substring(1, 9)),
        new BigDecimal(line.substring(9, 24)).movePointLeft(2));
  }

  @Override
  public Detail detail(String line) {
    if (!line.startsWith("D") || line.length() < 60) {
      return Detail.malformed("Registro de detalle incompleto (" + line.length() + " columnas)");
    }
    String reference = line.substring(1, 21).trim();
    String cents = line.substring(21, 34);
    if (!cents.chars().allMatch(Character::isDigit)) {
      return Detail.malformed("Importe no numérico: " + cents);
    }
    BigDecimal amount = new BigDecimal(cents).movePointLeft(2);
    try {
      LocalDateTime paidAt = LocalDateTime.parse(line.substring(34, 48), STAMP);
      return new Detail(
          reference,
          amount,
          paidAt,
          line.substring(48, 50).trim(),
          line.substring(50, 60).trim(),
          null);
    } catch (DateTimeParseException e) {
      // The amount is readable: it stays in the control sums, and the line alone ends MAL_FORMADA.
      return new Detail(
          reference,
          amount,
          null,
          line.substring(48, 50).trim(),
          line.substring(50, 60).trim(),
          "Fecha y hora inválidas: " + line.substring(34, 48));
    }
  }

  /** Formats a detail line (generators and tests write files the bank's way). */
  public static String detailLine(
      String reference,
      BigDecimal amount,
      LocalDateTime paidAt,
      String channel,
      String authorization) {
    return "D"
        + pad(reference, 20)
        + String.format("%013d", amount.movePointRight(2).longValueExact())
        + paidAt.format(STAMP)
        + pad(channel, 2)
        + pad(authorization, 10)
        + " ".repeat(20);
  }

  public static String headerLine(String bank, LocalDate date, int sequence) {
    return "H"
        + pad(bank, 4)
        + date.format(DATE)
        + String.format("%03d", sequence)
        + " ".repeat(64);
  }

  public static String trailerLine(long count, BigDecimal total) {
    return "T"
        + String.format("%08d", count)
        + String.format("%015d", total.movePointRight(2).longValueExact())
        + " ".repeat(56);
  }

  private static String pad(String s, int n) {
    String v = s == null ? "" : s;
    return v.length() >= n ? v.substring(0, n) : v + " ".repeat(n - v.length());
  }
}
