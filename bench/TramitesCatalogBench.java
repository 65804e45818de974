import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The trámites catalogue as the portal and machines read it (issue 13): search, one procedure's
 * definition, the whole catalogue as CPSV-AP JSON-LD and HSDS, and the public catalogue page.
 * Sequential requests after a warm-up; prints p50 and p95 in milliseconds.
 *
 *   java bench/TramitesCatalogBench.java http://localhost:8080 100
 */
public class TramitesCatalogBench {
  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    HttpClient http = HttpClient.newHttpClient();
    String[] paths = {
      "/api/v1/tramites?q=licencia",
      "/api/v1/tramites/licencia-construccion-obra-nueva",
      "/api/v1/tramites/cpsv-ap",
      "/api/v1/tramites/hsds",
      "/servicios/tramites.xhtml"
    };
    for (String p : paths) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + p)).GET().build();
      for (int i = 0; i < 5; i++) {
        http.send(req, HttpResponse.BodyHandlers.discarding());
      }
      List<Double> ms = new ArrayList<>();
      int status = 0;
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        ms.add((System.nanoTime() - t) / 1e6);
      }
      Collections.sort(ms);
      System.out.printf(
          "%-52s n=%d status=%d p50=%.1f ms p95=%.1f ms%n",
          p, n, status, ms.get(n / 2), ms.get((int) Math.ceil(n * 0.95) - 1));
    }
  }
}
