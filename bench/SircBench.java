import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;

/**
 * SIRC at city size (issue 9): measures, through HTTP against a running domain started with the
 * city data set ({@code CIUDAD_DEMO=city}: 500,000 reports over three years, loaded by the server
 * itself, see {@code sirc.internal.CityReports}), the three calls that must stay fast: a clerk's
 * queue page, the public map's markers for the whole city and the duplicate check. Prints p50,
 * p95 and max per call.
 *
 *   DB=mysql DB_NAME=ciudad_city DB_PASSWORD=… CIUDAD_DEMO=city PORTBASE=24000 DOMAIN=ciudad-city bin/ciudad run
 *   java bench/SircBench.java http://localhost:24080 200
 */
public class SircBench {
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
  static final ZoneId CITY = ZoneId.of("America/Mexico_City");
  static String session;

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    login(base, "limpia");
    measure("cola de Limpia Pública (página 1, abiertos por antigüedad)", reps, () -> get(base + "/consola/sirc/bandeja.xhtml", true));
    measure("marcadores del mapa público (90 días, toda la ciudad)", reps, () -> get(base + "/api/v1/sirc/mapa", false));
    Random r = new Random(7);
    measure("verificación de duplicados (BACHE, 150 m, 30 días)", reps, () -> {
      double lat = 19.14 + r.nextDouble() * 0.09;
      double lon = -96.24 + r.nextDouble() * 0.12;
      get(base + "/api/v1/sirc/cercanos?servicio=BACHE&lat=" + lat + "&lon=" + lon, false);
    });
  }

  interface Call {
    void run() throws Exception;
  }

  static void measure(String name, int reps, Call call) throws Exception {
    for (int i = 0; i < 10; i++) {
      call.run(); // warm-up
    }
    long[] t = new long[reps];
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      call.run();
      t[i] = System.nanoTime() - t0;
    }
    Arrays.sort(t);
    System.out.printf("%-62s n=%d  p50=%6.1f ms  p95=%6.1f ms  max=%6.1f ms%n",
        name, reps, t[reps / 2] / 1e6, t[(int) (reps * 0.95)] / 1e6, t[reps - 1] / 1e6);
  }

  static void get(String url, boolean page) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (session != null) b.header("Cookie", "JSESSIONID=" + session);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200 || (page && !r.body().contains("queue-form:reports"))) {
      throw new IllegalStateException(url + " → " + r.statusCode());
    }
  }

  static void login(String base, String user) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/consola/index.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
    cookie(r);
    String form = "j_username=" + user + "&j_password=" + URLEncoder.encode("Demo.2026!", StandardCharsets.UTF_8);
    r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", "JSESSIONID=" + session).POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    cookie(r);
    for (int i = 0; i < 3 && r.statusCode() == 302; i++) {
      r = HTTP.send(HttpRequest.newBuilder(URI.create(r.headers().firstValue("Location").orElseThrow())).header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
      cookie(r);
    }
  }

  static void cookie(HttpResponse<String> r) {
    r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
        .ifPresent(c -> session = c.substring(11, c.indexOf(';')));
  }
}
