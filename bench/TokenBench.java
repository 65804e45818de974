import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citizen's JWT access token costs per request (issue 11): the same trivial JAX-RS ping
 * anonymously and with the token (RS256 signature, claims, the account's row, the token's rate
 * limit), and the account endpoint GET /api/v1/mi with the token. Run against a running domain
 * whose rate limits let the load through, e.g.
 *
 *   asadmin create-system-properties 'ciudad.api.limite-token=100000000:ciudad.api.limite-anonimo=100000000'
 *   java bench/TokenBench.java http://localhost:8080 mail-api-url 15 8
 *
 * It signs an account up through the API, opens the link from the mail sink, takes a token pair,
 * then for each target runs a warm-up and a measured phase of closed-loop GETs and prints
 * requests/s, latency percentiles and each target's ratio to the anonymous ping.
 */
public class TokenBench {
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    String mail = args.length > 1 ? args[1] : "http://127.0.0.1:8089";
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    String email = "bench." + System.nanoTime() + "@example.org";
    String password = "Bench.Token-2026";
    post(base + "/api/v1/cuenta/registro", "{\"email\":\"" + email + "\",\"nombre\":\"Bench Token\",\"password\":\"" + password + "\"}");
    String link = null;
    for (int i = 0; i < 100 && link == null; i++) {
      String box = HTTP.send(HttpRequest.newBuilder(URI.create(mail + "/api/user/" + email + "/messages/INBOX")).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = Pattern.compile("verificar\\.xhtml\\?t=3D([A-Za-z0-9_-]+)").matcher(box.replace("=\\r\\n", ""));
      if (m.find()) {
        link = m.group(1);
      }
      Thread.sleep(100);
    }
    HTTP.send(HttpRequest.newBuilder(URI.create(base + "/cuenta/verificar.xhtml?t=" + link)).build(), HttpResponse.BodyHandlers.discarding());
    String tokens = post(base + "/api/v1/cuenta/token", "{\"grant_type\":\"password\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    Matcher t = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(tokens);
    if (!t.find()) {
      throw new IllegalStateException("sin token: " + tokens);
    }
    String access = t.group(1);
    double ping = run("ping anónimo", base + "/api/v1/ping", null, seconds, threads);
    double pingJwt = run("ping con JWT", base + "/api/v1/ping", access, seconds, threads);
    double me = run("GET /api/v1/mi con JWT", base + "/api/v1/mi", access, seconds, threads);
    System.out.printf("%nping con JWT / ping anónimo = %.2f; GET /api/v1/mi / ping anónimo = %.2f%n", pingJwt / ping, me / ping);
  }

  static String post(String url, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  static double run(String name, String url, String token, int seconds, int threads) throws Exception {
    phase(url, token, Math.max(3, seconds / 3), threads, null);
    List<Long> lat = new ArrayList<>();
    long n = phase(url, token, seconds, threads, lat);
    long[] a = lat.stream().mapToLong(Long::longValue).sorted().toArray();
    double rps = n / (double) seconds;
    System.out.printf("%-26s %8.1f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%d solicitudes, %d hilos)%n",
        name, rps, a[a.length / 2] / 1e6, a[(int) (a.length * 0.95)] / 1e6, a[(int) (a.length * 0.99)] / 1e6, n, threads);
    return rps;
  }

  static long phase(String url, String token, int seconds, int threads, List<Long> latencies) throws Exception {
    AtomicLong count = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    List<List<Long>> per = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      List<Long> mine = new ArrayList<>();
      per.add(mine);
      Thread w = new Thread(() -> {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
          b.header("Authorization", "Bearer " + token);
        }
        HttpRequest r = b.build();
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<Void> res = HTTP.send(r, HttpResponse.BodyHandlers.discarding());
            if (res.statusCode() != 200) {
              throw new IllegalStateException(url + " respondió " + res.statusCode());
            }
          } catch (Exception e) {
            throw new RuntimeException(e);
          }
          mine.add(System.nanoTime() - t0);
          count.incrementAndGet();
        }
      });
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
    if (latencies != null) {
      per.forEach(latencies::addAll);
    }
    return count.get();
  }
}
