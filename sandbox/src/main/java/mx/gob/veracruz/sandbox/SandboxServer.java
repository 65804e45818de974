package mx.gob.veracruz.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import mx.gob.veracruz.sandbox.Http.HttpError;

/**
 * The sandbox HTTP server: payment gateway ({@code /v1}, {@code /checkout}, {@code /sandbox}), PAC
 * ({@code /pac/v1}) and {@code /health}. All state is in memory.
 */
public final class SandboxServer {

  private final SandboxConfig config;
  private final HttpServer http;
  private final ExecutorService workers;
  private final WebhookDispatcher webhooks;
  private final Gateway gateway;
  private final PacStamper pac;
  private final Messaging messaging;
  private final String publicUrl;

  private SandboxServer(SandboxConfig config) throws IOException {
    this.config = config;
    this.http = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 64);
    this.publicUrl =
        config.publicUrl() != null
            ? config.publicUrl()
            : "http://" + hostForUrl(config.bind()) + ":" + http.getAddress().getPort();
    this.webhooks = new WebhookDispatcher(config.secret(), config.retryBackoff());
    this.gateway = new Gateway(this, webhooks);
    this.pac = new PacStamper(this);
    this.messaging = new Messaging(this);

    // unbounded: a control call waits for its webhooks, and a receiver may call us back meanwhile
    AtomicInteger count = new AtomicInteger();
    this.workers =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "sandbox-http-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(workers);
    route("/v1/", gateway::handleApi);
    route("/checkout/", gateway::handleCheckout);
    route("/sandbox/", gateway::handleControl);
    route("/pac/v1/", pac::handle);
    route("/mensajes/v1/", messaging::handle);
    route("/", this::handleRoot);
  }

  /** Starts a server; with port 0 it takes a free port (see {@link #port()}). */
  public static SandboxServer start(SandboxConfig config) throws IOException {
    SandboxServer server = new SandboxServer(config);
    server.http.start();
    log(
        "ciudad-sandbox listening on %s (bind %s:%d, webhook retry backoff %d ms)",
        server.publicUrl, config.bind(), server.port(), config.retryBackoff().toMillis());
    return server;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** Base of the URLs handed out, e.g. {@code http://127.0.0.1:8095}. */
  public String publicUrl() {
    return publicUrl;
  }

  SandboxConfig config() {
    return config;
  }

  void reset() {
    gateway.reset();
    webhooks.reset();
    pac.reset();
    messaging.reset();
  }

  public void stop() {
    http.stop(0);
    webhooks.stop();
    workers.shutdownNow();
    log("ciudad-sandbox stopped");
  }

  static void log(String format, Object... args) {
    System.out.println(
        Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + String.format(format, args));
  }

  private void handleRoot(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (path.equals("/health")) {
      Http.requireMethod(ex, "GET", "HEAD");
      Http.json(ex, 200, Http.JSON.createObjectNode().put("status", "UP"));
      return;
    }
    throw new HttpError(404, "not_found");
  }

  private void route(String path, HttpHandler handler) {
    var context = http.createContext(path, ex -> handle(ex, handler));
    context.getFilters().add(ACCESS_LOG);
  }

  private static void handle(HttpExchange ex, HttpHandler handler) throws IOException {
    try (ex) {
      try {
        handler.handle(ex);
      } catch (HttpError e) {
        if (ex.getResponseCode() == -1) {
          Http.json(ex, e.status, e.body);
        }
      } catch (RuntimeException | IOException e) {
        log("error %s %s: %s", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
        if (ex.getResponseCode() == -1) {
          Http.json(ex, 500, Http.JSON.createObjectNode().put("error", "internal_error"));
        }
      }
    }
  }

  /** One line per request: method, path, status, time. */
  private static final Filter ACCESS_LOG =
      new Filter() {
        @Override
        public void doFilter(HttpExchange ex, Chain chain) throws IOException {
          long start = System.nanoTime();
          try {
            chain.doFilter(ex);
          } finally {
            log(
                "http %s %s -> %d (%d ms)",
                ex.getRequestMethod(),
                ex.getRequestURI().getRawPath(),
                ex.getResponseCode(),
                (System.nanoTime() - start) / 1_000_000);
          }
        }

        @Override
        public String description() {
          return "access log";
        }
      };

  private static String hostForUrl(String bind) {
    if (bind.equals("0.0.0.0") || bind.equals("::")) {
      return "127.0.0.1";
    }
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }
}
