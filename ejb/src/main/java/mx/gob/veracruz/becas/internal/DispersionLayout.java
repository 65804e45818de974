package mx.gob.veracruz.becas.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.becas.Clabe;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * The payment-order file sent to the bank and the return file it answers with: pipe-separated lines
 * in ASCII, CRLF, a header, one detail per order and a trailer with the count and total (the
 * municipality's layout v1; each bank's own layout is an adapter on top, see README). Pure.
 *
 * <pre>
 * H|folio de dispersión|AAAAMMDD|ordenante|órdenes|total
 * D|folio de orden|CLABE|importe|beneficiario (40, sin acentos)|concepto (40)
 * T|órdenes|total
 * </pre>
 *
 * The return file: {@code H|folio de dispersión|AAAAMMDD}, {@code D|folio de orden|CLABE|importe|
 * código|descripción} (código 00 = abonada; any other = rechazada), {@code T|líneas|total}.
 */
public final class DispersionLayout {
  public static final String PAYER = "MUNICIPIO DE VERACRUZ";
  static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private DispersionLayout() {}

  public static String header(String folio, LocalDate day, int orders, BigDecimal total) {
    return "H|"
        + folio
        + "|"
        + day.format(DAY)
        + "|"
        + PAYER
        + "|"
        + orders
        + "|"
        + total.toPlainString()
        + "\r\n";
  }

  public static String detail(
      String orderFolio, String clabe, BigDecimal amount, String name, String concept) {
    return "D|"
        + orderFolio
        + "|"
        + clabe
        + "|"
        + amount.setScale(2).toPlainString()
        + "|"
        + ascii(name, 40)
        + "|"
        + ascii(concept, 40)
        + "\r\n";
  }

  public static String trailer(int orders, BigDecimal total) {
    return "T|" + orders + "|" + total.setScale(2).toPlainString() + "\r\n";
  }

  /** Upper case, no accents, only letters, digits and spaces, at most {@code max}. */
  static String ascii(String s, int max) {
    String t =
        Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(java.util.Locale.ROOT)
            .replaceAll("[^A-Z0-9 ]", " ")
            .replaceAll(" +", " ")
            .trim();
    return t.length() > max ? t.substring(0, max) : t;
  }

  /** One answered order of a return file. */
  public record ReturnLine(
      int lineNo,
      String orderFolio,
      String clabe,
      BigDecimal amount,
      String code,
      String description) {
    public boolean paid() {
      return "00".equals(code);
    }
  }

  /** A parsed return file: its dispersion and lines, after the trailer was checked. */
  public record ReturnFile(String dispersionFolio, LocalDate day, List<ReturnLine> lines) {}

  /** Parses a return file; any malformed line or a trailer that does not add up refuses it all. */
  public static ReturnFile parseReturn(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String[] raw = text.split("\r?\n");
    List<ReturnLine> lines = new ArrayList<>();
    String folio = null;
    LocalDate day = null;
    boolean trailer = false;
    int n = 0;
    for (String l : raw) {
      n++;
      if (l.isBlank()) {
        continue;
      }
      if (trailer) {
        throw bad(n, "hay líneas después del registro T");
      }
      String[] f = l.split("\\|", -1);
      switch (f[0]) {
        case "H" -> {
          if (n != 1 || f.length < 3) {
            throw bad(n, "el encabezado H va en la primera línea: H|folio|AAAAMMDD");
          }
          folio = f[1].trim();
          try {
            day = LocalDate.parse(f[2].trim(), DAY);
          } catch (java.time.format.DateTimeParseException e) {
            throw bad(n, "fecha inválida «" + f[2] + "»");
          }
        }
        case "D" -> {
          if (folio == null || f.length != 6) {
            throw bad(n, "el detalle D lleva 6 campos: D|orden|CLABE|importe|código|descripción");
          }
          if (!Clabe.isValid(f[2].trim())) {
            throw bad(n, "CLABE inválida");
          }
          BigDecimal amount;
          try {
            amount = new BigDecimal(f[3].trim());
          } catch (NumberFormatException e) {
            throw bad(n, "importe inválido «" + f[3] + "»");
          }
          if (amount.scale() > 2 || amount.signum() <= 0) {
            throw bad(n, "importe inválido «" + f[3] + "»");
          }
          if (!f[4].trim().matches("[0-9]{2}")) {
            throw bad(n, "el código de respuesta va en dos dígitos");
          }
          lines.add(
              new ReturnLine(
                  n, f[1].trim(), f[2].trim(), amount.setScale(2), f[4].trim(), f[5].trim()));
        }
        case "T" -> {
          if (f.length != 3) {
            throw bad(n, "el registro T lleva T|líneas|total");
          }
          int count;
          BigDecimal total;
          try {
            count = Integer.parseInt(f[1].trim());
            total = new BigDecimal(f[2].trim());
          } catch (NumberFormatException e) {
            throw bad(n, "el registro T no es numérico");
          }
          BigDecimal sum =
              lines.stream().map(ReturnLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
          if (count != lines.size() || total.compareTo(sum) != 0) {
            throw new BusinessRuleException(
                "archivo-no-cuadra",
                "archivo",
                "El registro T no cuadra: dice "
                    + count
                    + " líneas por "
                    + total.toPlainString()
                    + " y el archivo trae "
                    + lines.size()
                    + " por "
                    + sum.toPlainString());
          }
          trailer = true;
        }
        default -> throw bad(n, "tipo de registro desconocido «" + f[0] + "»");
      }
    }
    if (folio == null) {
      throw bad(1, "falta el encabezado H");
    }
    if (!trailer) {
      throw bad(n, "falta el registro T");
    }
    return new ReturnFile(folio, day, List.copyOf(lines));
  }

  private static BusinessRuleException bad(int line, String why) {
    return new BusinessRuleException("archivo-invalido", "archivo", "Línea " + line + ": " + why);
  }
}
