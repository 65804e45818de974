package mx.gob.veracruz.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Test data of becas: valid CURPs that no other run uses, and applications as the app sends them.
 */
final class BecasData {
  private static final SecureRandom RND = new SecureRandom();
  private static final String CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
  private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ";

  private BecasData() {}

  /** A CURP with a valid check digit for someone born on yyyy-mm-dd (2000 or later). */
  static String curp(int year, int month, int day) {
    StringBuilder b = new StringBuilder();
    b.append((char) ('A' + RND.nextInt(26)));
    b.append("AEIOU".charAt(RND.nextInt(5)));
    b.append((char) ('A' + RND.nextInt(26)));
    b.append((char) ('A' + RND.nextInt(26)));
    b.append(String.format("%02d%02d%02d", year % 100, month, day));
    b.append(RND.nextBoolean() ? 'H' : 'M');
    b.append("VZ");
    for (int i = 0; i < 3; i++) {
      b.append(CONSONANTS.charAt(RND.nextInt(CONSONANTS.length())));
    }
    b.append((char) ('A' + RND.nextInt(26))); // born in 2000 or later: a letter
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARS.indexOf(b.charAt(i)) * (18 - i);
    }
    b.append((10 - sum % 10) % 10);
    return b.toString();
  }

  /** A CLABE of bank 002 with a random account and its check digit. */
  static String clabe() {
    StringBuilder b = new StringBuilder("002180");
    for (int i = 0; i < 11; i++) {
      b.append(RND.nextInt(10));
    }
    int[] w = {3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ((b.charAt(i) - '0') * w[i % 3]) % 10;
    }
    return b.append((10 - sum % 10) % 10).toString();
  }

  static String pdfBase64(String text) {
    return Base64.getEncoder()
        .encodeToString(
            ("%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
  }

  /** The first colonia of the municipality (the public map's layer). */
  static long colonia() throws Exception {
    JsonObject geo = Http.json(new Http().get("/api/v1/sirc/colonias"));
    return geo.getJsonArray("features")
        .getJsonObject(0)
        .getJsonObject("properties")
        .getJsonNumber("id")
        .longValue();
  }

  static String application(
      String call,
      String curp,
      String name,
      String level,
      String average,
      String income,
      int members,
      long colonia,
      String clabe,
      String... docs) {
    var d = Json.createArrayBuilder();
    for (String doc : docs) {
      d.add(
          Json.createObjectBuilder()
              .add("documento", doc)
              .add("nombre", doc + ".pdf")
              .add("contenido", pdfBase64(doc)));
    }
    return Json.createObjectBuilder()
        .add("convocatoria", call)
        .add("curp", curp)
        .add("nombre", name)
        .add("nivel", level)
        .add("escuela", "Escuela Primaria Benito Juárez")
        .add("promedio", new java.math.BigDecimal(average))
        .add("ingresoMensual", new java.math.BigDecimal(income))
        .add("integrantes", members)
        .add("colonia", colonia)
        .add("clabe", clabe)
        .add("documentos", d)
        .build()
        .toString();
  }
}
