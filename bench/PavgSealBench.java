import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.gob.veracruz.pavg.internal.Sealer;

/**
 * What PAVG's encryption costs per case read (issue 12). Part 1 opens, with the application's own
 * Sealer (AES-256-GCM, associated data per row, JSON inside), what a case page opens: the case's
 * sealed content (a 1,500-character narrative and the contact fields) and its record (N entries of
 * 300 characters), and compares it with parsing the same JSON unsealed. Part 2 (with a URL) times
 * the whole case page for its assigned specialist, so the crypto's share of a read is seen.
 *
 *   mvn -o -q install -DskipTests -pl ejb
 *   CP=ejb/target/classes:$HOME/.m2/repository/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar:$HOME/.m2/repository/org/eclipse/parsson/parsson/1.1.9/parsson-1.1.9.jar
 *   java -cp "$CP" bench/PavgSealBench.java 20 [http://localhost:23080 caseId user]
 */
public class PavgSealBench {
  public static void main(String[] args) throws Exception {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Sealer sealer =
        Sealer.withKeys("k1", Map.of("k1", Base64.getEncoder().encodeToString(new byte[32])));
    Map<String, String> content = new LinkedHashMap<>();
    content.put("name", "Nombre Apellido Apellido");
    content.put("victimName", null);
    content.put("phone", "2291234567");
    content.put("email", "persona@example.org");
    content.put("contactChannel", "LLAMADA");
    content.put("contactHours", "Entre semana de 9 a 13 h");
    content.put("safeWord", "girasol");
    content.put("place", "Calle, número y referencias del lugar de los hechos");
    content.put("lat", null);
    content.put("lon", null);
    content.put("aggressor", "Expareja");
    content.put("narrative", "x".repeat(1500));
    content.put("riskYes", "ARMA,AMENAZA_MUERTE");
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("code", "ORDEN_EMERGENCIA");
    entry.put("text", "y".repeat(300));
    String caseSealed = sealer.seal("PAVG_CASE", 1, content).text();
    String[] entrySealed = new String[entries];
    for (int i = 0; i < entries; i++) {
      entrySealed[i] = sealer.seal("PAVG_ENTRY", i + 1, entry).text();
    }
    String caseJson = json(content);
    String entryJson = json(entry);
    int rounds = 20_000;
    long sink = 0;
    for (int warm = 0; warm < 3; warm++) {
      long t0 = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        sink += sealer.open("PAVG_CASE", 1, "k1", caseSealed).size();
        for (int i = 0; i < entries; i++) {
          sink += sealer.open("PAVG_ENTRY", i + 1, "k1", entrySealed[i]).size();
        }
      }
      long sealed = System.nanoTime() - t0;
      t0 = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        sink += parse(caseJson);
        for (int i = 0; i < entries; i++) {
          sink += parse(entryJson);
        }
      }
      long plain = System.nanoTime() - t0;
      System.out.printf(
          "ronda %d: abrir un caso con %d entradas: %.1f µs sellado, %.1f µs sin sellar (JSON solo),"
              + " costo del cifrado %.1f µs por lectura%n",
          warm + 1,
          entries,
          sealed / 1000.0 / rounds,
          plain / 1000.0 / rounds,
          (sealed - plain) / 1000.0 / rounds);
    }
    if (args.length >= 3) {
      String base = args[1];
      String caseId = args[2];
      String user = args.length > 3 ? args[3] : "pavg.ana";
      String session = login(base, user);
      HttpClient http = HttpClient.newHttpClient();
      long[] t = new long[200];
      for (int i = 0; i < 220; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/consola/pavg/caso.xhtml?id=" + caseId))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new IllegalStateException("HTTP " + r.statusCode());
        }
        if (i >= 20) {
          t[i - 20] = System.nanoTime() - t0;
        }
      }
      Arrays.sort(t);
      System.out.printf(
          "página del caso %s (%s): p50 %.1f ms, p95 %.1f ms (200 lecturas)%n",
          caseId, user, t[100] / 1e6, t[190] / 1e6);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  static String json(Map<String, String> m) {
    var b = jakarta.json.Json.createObjectBuilder();
    m.forEach((k, v) -> {
      if (v == null) {
        b.addNull(k);
      } else {
        b.add(k, v);
      }
    });
    return b.build().toString();
  }

  static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

  static int parse(String s) {
    try (var r = JSON.createReader(new java.io.StringReader(s))) {
      return r.readObject().size();
    }
  }

  static String login(String base, String user) throws Exception {
    HttpClient c = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> first =
        c.send(HttpRequest.newBuilder(URI.create(base + "/consola/index.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
    String session = cookie(first, null);
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password=Demo.2026%21"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    session = cookie(r, session);
    for (int i = 0; i < 3 && r.statusCode() == 302; i++) {
      String loc = r.headers().firstValue("Location").orElseThrow();
      r = c.send(HttpRequest.newBuilder(URI.create(loc.startsWith("http") ? loc : base + loc)).header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
      session = cookie(r, session);
    }
    return session;
  }

  static String cookie(HttpResponse<?> r, String fallback) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(11, c.indexOf(';')))
        .findFirst()
        .orElse(fallback);
  }
}
