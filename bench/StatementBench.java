import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Predial statement API throughput against a trivial JAX-RS ping on the same server (issue 3).
 * Run against a domain with the city data set (DOMAIN=ciudad-city CIUDAD_DEMO=city bin/ciudad run):
 *
 *   java bench/StatementBench.java [baseUrl] [seconds] [threads] [predios]
 *
 * It logs in as "finanzas", picks predios spread over the whole data set, opens one citizen token
 * per predio (clave + owner CURP), then for each target runs a warm-up and a measured phase of
 * closed-loop GETs and prints requests/s, latency percentiles and the statement/ping ratio; then the
 * same for the staff statement the cashier and the console read (GET /api/v1/predial/predios/{id}/estado-cuenta).
 */
public class StatementBench {
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  static String session;

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int predios = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    login(base);
    long total = Long.parseLong(find(get(base + "/api/v1/predial/predios?tamano=1", null).body(), "\"total\":(\\d+)"));
    List<String> tokens = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < predios; i++) {
      long offset = total * i / predios;
      String page = get(base + "/api/v1/predial/predios?tamano=1&desde=" + offset, null).body();
      String id = find(page, "\"id\":(\\d+)");
      ids.add(id);
      String detail = get(base + "/api/v1/predial/predios/" + id, null).body();
      String curp = find(detail, "\"curp\":\"([A-Z0-9]{18})\"");
      if (curp == null) {
        continue;
      }
      String clave = find(detail, "\"claveCatastral\":\"([0-9-]+)\"");
      HttpResponse<String> r = post(base + "/api/v1/predial/consultas",
          "{\"claveCatastral\":\"" + clave + "\",\"verificacion\":\"" + curp + "\"}");
      tokens.add(find(r.body(), "\"token\":\"([^\"]+)\""));
    }
    System.out.printf("Datos: %d predios en la base; %d tokens de consulta; %d hilos; %d s por fase%n",
        total, tokens.size(), threads, seconds);
    Result ping = run("ping", threads, seconds, () -> req(base + "/api/v1/ping", null));
    Result statement = run("estado-cuenta", threads, seconds,
        () -> req(base + "/api/v1/predial/estado-cuenta", tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()))));
    System.out.printf("Cociente estado-cuenta / ping: %.3f%n", statement.rps / ping.rps);
    // The cashier's and the console's path: the staff statement of a predio, with a staff session.
    String cookie = "JSESSIONID=" + session;
    run("caja (personal)", threads, seconds, () -> HttpRequest.newBuilder(URI.create(base
        + "/api/v1/predial/predios/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())) + "/estado-cuenta"))
        .header("Cookie", cookie).GET().build());
  }

  record Result(double rps) {}

  interface Call {
    HttpRequest request();
  }

  static Result run(String name, int threads, int seconds, Call call) throws Exception {
    phase(threads, Math.max(3, seconds / 4), call, null); // warm-up: JIT, pools, caches
    List<long[]> lat = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    long t0 = System.nanoTime();
    long n = phase(threads, seconds, call, lat, errors);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long[] all = lat.stream().flatMapToLong(a -> Arrays.stream(a).filter(x -> x > 0)).sorted().toArray();
    double rps = n / elapsed;
    System.out.printf("%-14s %8.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errores %d  (%d solicitudes)%n",
        name, rps, pct(all, 50), pct(all, 95), pct(all, 99), errors.get(), n);
    return new Result(rps);
  }

  static long phase(int threads, int seconds, Call call, List<long[]> lat) throws Exception {
    return phase(threads, seconds, call, lat, new AtomicLong());
  }

  static long phase(int threads, int seconds, Call call, List<long[]> lat, AtomicLong errors) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    List<Thread> ts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      long[] mine = new long[lat == null ? 1 : 200_000];
      if (lat != null) {
        synchronized (lat) {
          lat.add(mine);
        }
      }
      Thread t = new Thread(() -> {
        int k = 0;
        while (System.nanoTime() < end) {
          long s = System.nanoTime();
          try {
            HttpResponse<Void> r = HTTP.send(call.request(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException | InterruptedException e) {
            errors.incrementAndGet();
          }
          if (k < mine.length) {
            mine[k++] = System.nanoTime() - s;
          }
          done.incrementAndGet();
        }
      });
      t.start();
      ts.add(t);
    }
    for (Thread t : ts) {
      t.join();
    }
    return done.get();
  }

  static double pct(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, (long) sorted.length * p / 100)] / 1e6;
  }

  static HttpRequest req(String url, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      b.header("X-Predial-Token", token);
    }
    return b.build();
  }

  static void login(String base) throws Exception {
    get(base + "/consola/index.xhtml", null);
    HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
        .POST(HttpRequest.BodyPublishers.ofString("j_username=finanzas&j_password="
            + URLEncoder.encode("Demo.2026!", StandardCharsets.UTF_8))).build();
    HttpResponse<String> resp = keep(HTTP.send(r, HttpResponse.BodyHandlers.ofString()));
    for (int i = 0; i < 3 && resp.statusCode() == 302; i++) {
      resp = get(resp.headers().firstValue("Location").orElseThrow(), null);
    }
  }

  static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (session != null) {
      b.header("Cookie", "JSESSIONID=" + session);
    }
    return keep(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()));
  }

  static HttpResponse<String> post(String url, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> keep(HttpResponse<String> r) {
    r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
        .ifPresent(c -> session = c.substring(11, c.indexOf(';')));
    return r;
  }

  static String find(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    return m.find() ? m.group(1) : null;
  }
}
