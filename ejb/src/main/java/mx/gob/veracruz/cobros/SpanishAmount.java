package mx.gob.veracruz.cobros;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in words as Mexican receipts print them ("importe con letra"): upper case, apocopated
 * before the masculine nouns peso, mil and millón (VEINTIÚN PESOS, CIENTO UN MIL), "DE PESOS" after
 * whole millions, and the cents as NN/100 M.N.
 */
public final class SpanishAmount {

  private static final BigDecimal MAX = new BigDecimal("999999999999.99");
  private static final long MILLION = 1_000_000L;

  private static final String[] UNITS = {
    "",
    "UN",
    "DOS",
    "TRES",
    "CUATRO",
    "CINCO",
    "SEIS",
    "SIETE",
    "OCHO",
    "NUEVE",
    "DIEZ",
    "ONCE",
    "DOCE",
    "TRECE",
    "CATORCE",
    "QUINCE",
    "DIECISÉIS",
    "DIECISIETE",
    "DIECIOCHO",
    "DIECINUEVE",
    "VEINTE",
    "VEINTIÚN",
    "VEINTIDÓS",
    "VEINTITRÉS",
    "VEINTICUATRO",
    "VEINTICINCO",
    "VEINTISÉIS",
    "VEINTISIETE",
    "VEINTIOCHO",
    "VEINTINUEVE"
  };
  private static final String[] TENS = {
    "", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"
  };
  private static final String[] HUNDREDS = {
    "",
    "CIENTO",
    "DOSCIENTOS",
    "TRESCIENTOS",
    "CUATROCIENTOS",
    "QUINIENTOS",
    "SEISCIENTOS",
    "SETECIENTOS",
    "OCHOCIENTOS",
    "NOVECIENTOS"
  };

  private SpanishAmount() {}

  /** {@code 1520.00} → {@code "MIL QUINIENTOS VEINTE PESOS 00/100 M.N."}. */
  public static String inWords(BigDecimal amount) {
    if (amount == null || amount.signum() < 0 || amount.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(
          "El importe debe estar entre 0.00 y 999,999,999,999.99: " + amount);
    }
    BigDecimal cents;
    try {
      cents = amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("El importe debe tener a lo más dos decimales: " + amount);
    }
    long pesos = cents.longValue();
    int centavos = cents.remainder(BigDecimal.ONE).movePointRight(2).intValue();
    return pesosInWords(pesos) + String.format(" %02d/100 M.N.", centavos);
  }

  private static String pesosInWords(long pesos) {
    if (pesos == 0) {
      return "CERO PESOS";
    }
    if (pesos == 1) {
      return "UN PESO";
    }
    // millón is a noun: "de" joins it to pesos only when nothing follows it ("un millón de
    // pesos", but "un millón mil pesos")
    boolean wholeMillions = pesos % MILLION == 0;
    return number(pesos) + (wholeMillions ? " DE PESOS" : " PESOS");
  }

  /** 1 ≤ n ≤ 999,999,999,999, apocopated as it always precedes a masculine noun. */
  private static String number(long n) {
    long millions = n / MILLION;
    long rest = n % MILLION;
    StringBuilder words = new StringBuilder();
    if (millions > 0) {
      words.append(millions == 1 ? "UN MILLÓN" : belowMillion(millions) + " MILLONES");
    }
    if (rest > 0) {
      append(words, belowMillion(rest));
    }
    return words.toString();
  }

  private static String belowMillion(long n) {
    int thousands = (int) (n / 1000);
    int rest = (int) (n % 1000);
    StringBuilder words = new StringBuilder();
    if (thousands > 0) {
      // "mil", never "un mil"; but "veintiún mil", "ciento un mil"
      words.append(thousands == 1 ? "MIL" : belowThousand(thousands) + " MIL");
    }
    if (rest > 0) {
      append(words, belowThousand(rest));
    }
    return words.toString();
  }

  private static String belowThousand(int n) {
    if (n == 100) {
      return "CIEN";
    }
    int hundreds = n / 100;
    int rest = n % 100;
    StringBuilder words = new StringBuilder(HUNDREDS[hundreds]);
    if (rest > 0) {
      append(words, belowHundred(rest));
    }
    return words.toString();
  }

  private static String belowHundred(int n) {
    if (n < 30) {
      return UNITS[n];
    }
    int tens = n / 10;
    int units = n % 10;
    return units == 0 ? TENS[tens] : TENS[tens] + " Y " + UNITS[units];
  }

  private static void append(StringBuilder words, String more) {
    if (words.length() > 0) {
      words.append(' ');
    }
    words.append(more);
  }
}
