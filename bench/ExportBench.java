import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The predio list's export (CSV and XLSX) of the whole city, as the console's buttons ask for it,
 * with the server's heap sampled while it runs (issue 8). Against the city data set
 * (DOMAIN=ciudad-city CIUDAD_DEMO=city DB=mysql … bin/ciudad run):
 *
 *   java bench/ExportBench.java [baseUrl] [payaraPid] [repetitions]
 *
 * Prints, per format: rows (CSV), bytes, seconds, rows/s, and the server's heap in use before and
 * at its peak during the export (jstat -gc every 100 ms: S0U+S1U+EU+OU).
 */
public class ExportBench {
  // HTTP/1.1 as a browser speaks to a plain-http listener (h2c: Grizzly closed the stream while the XLSX was built)
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  static String session;

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    String pid = args.length > 1 ? args[1] : null;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    login(base);
    for (int r = 1; r <= reps; r++) {
      for (String button : new String[] {"export-csv", "export-xlsx"}) {
        run(base, pid, button, r);
      }
    }
  }

  static void run(String base, String pid, String button, int rep) throws Exception {
    String page = get(base + "/consola/predial/predios.xhtml").body();
    Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!vs.find()) {
      throw new IllegalStateException("sin ViewState: ¿sesión válida?");
    }
    String form = "list-form=list-form&" + enc("list-form:" + button) + "=&jakarta.faces.ViewState=" + enc(vs.group(1));
    AtomicLong peak = new AtomicLong();
    long before = pid == null ? -1 : heapKb(pid);
    // One jstat process printing every 250 ms (a jstat per sample would load the machine itself).
    Process jstat = pid == null ? null : new ProcessBuilder("jstat", "-gc", pid, "250").redirectErrorStream(true).start();
    Thread sampler = new Thread(() -> {
      if (jstat == null) {
        return;
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
        String[] head = r.readLine().trim().split("\\s+");
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.trim().startsWith("S0C")) {
            peak.accumulateAndGet(used(head, line.trim().split("\\s+")), Math::max);
          }
        }
      } catch (IOException e) {
        // jstat ended
      }
    });
    sampler.start();
    long t0 = System.nanoTime();
    HttpResponse<InputStream> res = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/consola/predial/predios.xhtml"))
        .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    long lines = 0;
    try (InputStream in = res.body()) {
      byte[] buf = new byte[65536];
      for (int n; (n = in.read(buf)) >= 0; ) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (jstat != null) {
      Thread.sleep(300); // one more sample after the last byte
      jstat.destroy();
    }
    sampler.join();
    String type = res.headers().firstValue("Content-Type").orElse("?");
    boolean csv = button.endsWith("csv");
    long rows = csv ? lines - 1 : -1;
    System.out.printf("%s #%d: HTTP %d %s, %s%,d bytes in %.1f s%s; server heap before %s MB, peak %s MB%n",
        csv ? "CSV " : "XLSX", rep, res.statusCode(), type, csv ? String.format("%,d rows, ", rows) : "", bytes,
        seconds, csv ? String.format(" (%,.0f rows/s)", rows / seconds) : "",
        before < 0 ? "?" : String.valueOf(before / 1024), pid == null ? "?" : String.valueOf(peak.get() / 1024));
  }

  /** Heap in use of a JVM (KB), from jstat -gc: survivor, eden and old generation used. */
  static long heapKb(String pid) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("jstat", "-gc", pid).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      String[] head = r.readLine().trim().split("\\s+");
      String[] vals = r.readLine().trim().split("\\s+");
      p.waitFor();
      return used(head, vals);
    }
  }

  static long used(String[] head, String[] vals) {
    double kb = 0;
    for (int i = 0; i < head.length && i < vals.length; i++) {
      if (head[i].equals("S0U") || head[i].equals("S1U") || head[i].equals("EU") || head[i].equals("OU")) {
        kb += Double.parseDouble(vals[i]);
      }
    }
    return (long) kb;
  }

  static void login(String base) throws Exception {
    get(base + "/consola/index.xhtml");
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
        .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("j_username=finanzas&j_password=" + enc("Demo.2026!"))).build(),
        HttpResponse.BodyHandlers.ofString());
    keep(r);
    for (int i = 0; i < 3 && r.statusCode() == 302; i++) {
      String location = r.headers().firstValue("Location").orElseThrow();
      r = get(location.startsWith("http") ? location : base + location);
    }
  }

  static HttpResponse<String> get(String url) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (session != null) {
      b.header("Cookie", "JSESSIONID=" + session);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    keep(r);
    return r;
  }

  static void keep(HttpResponse<?> r) {
    r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().ifPresent(c -> session = c.substring(11, c.indexOf(';')));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
