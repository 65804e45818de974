package mx.gob.veracruz.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Creates webhook events, signs and delivers them (asynchronously, with retries) and records every
 * attempt. The raw body of an event is fixed when it is created, so a resend is byte-identical.
 */
final class WebhookDispatcher {

  /** Attempts for a normal delivery: the first plus four retries after 1, 2, 4 and 8 backoffs. */
  static final int MAX_ATTEMPTS = 5;

  /** How far in the past a {@code late} delivery's signature timestamp is. */
  static final long LATE_BY_SECONDS = 600;

  enum Signing {
    VALID,
    /** A correct signature whose timestamp is {@link #LATE_BY_SECONDS} old (a replay). */
    LATE,
    /** Signed with a secret that is not the configured one. */
    FORGED
  }

  record Event(String id, String type, long created, String chargeId, String url, byte[] body) {}

  record Attempt(
      String eventId,
      String type,
      String url,
      int attempt,
      Integer httpStatus,
      String error,
      Instant at,
      String mode) {}

  record Result(String eventId, String type, Integer status, String error, int attempts) {
    ObjectNode toJson() {
      ObjectNode node = Http.JSON.createObjectNode();
      node.put("eventId", eventId);
      node.put("type", type);
      node.put("status", status);
      if (error != null) {
        node.put("error", error);
      }
      node.put("attempts", attempts);
      return node;
    }
  }

  private final String secret;
  private final Duration backoff;
  private final HttpClient client;
  private final ScheduledExecutorService scheduler;
  private final Map<String, Event> events = new ConcurrentHashMap<>();
  private final List<Attempt> attempts = new ArrayList<>();

  WebhookDispatcher(String secret, Duration backoff) {
    this.secret = secret;
    this.backoff = backoff;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sandbox-webhook-retry");
              t.setDaemon(true);
              return t;
            });
  }

  /** A new event about {@code charge}; {@code asStatus} and {@code created} are usually current. */
  Event newEvent(Charge charge, String type, String asStatus, long created) {
    ObjectNode body = Http.JSON.createObjectNode();
    String id = Ids.event();
    body.put("id", id);
    body.put("type", type);
    body.put("created", created);
    body.set("data", charge.eventData(asStatus));
    Event event;
    try {
      event =
          new Event(
              id, type, created, charge.id, charge.webhookUrl, Http.JSON.writeValueAsBytes(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    events.put(id, event);
    return event;
  }

  /** The final event of a completed charge: {@code charge.paid} or {@code charge.declined}. */
  Event finalEvent(Charge charge) {
    String status = charge.status();
    return newEvent(charge, "charge." + status, status, Instant.now().getEpochSecond());
  }

  Event event(String id) {
    return events.get(id);
  }

  /**
   * Delivers {@code event} to its URL; retries a non-2xx answer or a connection error until {@code
   * maxAttempts} with backoff 1×, 2×, 4×, 8× the configured base. The future completes after the
   * last attempt.
   */
  CompletableFuture<Result> deliver(Event event, Signing signing, int maxAttempts, String mode) {
    CompletableFuture<Result> done = new CompletableFuture<>();
    if (event.url() == null) {
      done.complete(new Result(event.id(), event.type(), null, "the charge has no webhookUrl", 0));
      return done;
    }
    attempt(event, signing, 1, maxAttempts, mode, done);
    return done;
  }

  private void attempt(
      Event event, Signing signing, int n, int max, String mode, CompletableFuture<Result> done) {
    long t = Instant.now().getEpochSecond() - (signing == Signing.LATE ? LATE_BY_SECONDS : 0);
    String key = signing == Signing.FORGED ? "forged-" + secret : secret;
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(event.url()))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("User-Agent", "ciudad-sandbox")
              .header("Gateway-Signature", Signatures.header(key, t, event.body()))
              .POST(HttpRequest.BodyPublishers.ofByteArray(event.body()))
              .build();
    } catch (IllegalArgumentException badUrl) {
      record(event, n, null, "invalid URL: " + badUrl.getMessage(), mode, max);
      done.complete(new Result(event.id(), event.type(), null, "invalid URL", n));
      return;
    }
    client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              Integer status = response == null ? null : response.statusCode();
              String error = failure == null ? null : describe(failure);
              record(event, n, status, error, mode, max);
              boolean delivered = status != null && status >= 200 && status < 300;
              if (delivered || n >= max) {
                done.complete(new Result(event.id(), event.type(), status, error, n));
                return;
              }
              long delay = backoff.toMillis() << (n - 1);
              try {
                scheduler.schedule(
                    () -> attempt(event, signing, n + 1, max, mode, done),
                    delay,
                    TimeUnit.MILLISECONDS);
              } catch (java.util.concurrent.RejectedExecutionException stopped) {
                done.complete(new Result(event.id(), event.type(), status, "sandbox stopped", n));
              }
            });
  }

  private void record(Event event, int n, Integer status, String error, String mode, int max) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    synchronized (attempts) {
      attempts.add(new Attempt(event.id(), event.type(), event.url(), n, status, error, at, mode));
    }
    SandboxServer.log(
        "webhook %s %s -> %s attempt %d/%d %s (%s)",
        event.id(),
        event.type(),
        event.url(),
        n,
        max,
        status != null ? "status " + status : "error " + error,
        mode);
  }

  /** "ConnectException (ClosedChannelException)", "HttpTimeoutException: request timed out"… */
  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String text = cause.getClass().getSimpleName();
    if (cause.getMessage() != null) {
      return text + ": " + cause.getMessage();
    }
    return cause.getCause() == null
        ? text
        : text + " (" + cause.getCause().getClass().getSimpleName() + ")";
  }

  ArrayNode attemptsJson() {
    ArrayNode array = Http.JSON.createArrayNode();
    List<Attempt> copy;
    synchronized (attempts) {
      copy = new ArrayList<>(attempts);
    }
    for (Attempt a : copy) {
      ObjectNode node = array.addObject();
      node.put("eventId", a.eventId());
      node.put("type", a.type());
      node.put("url", a.url());
      node.put("attempt", a.attempt());
      node.put("httpStatus", a.httpStatus());
      if (a.error() != null) {
        node.put("error", a.error());
      }
      node.put("at", a.at().toString());
      node.put("mode", a.mode());
    }
    return array;
  }

  void reset() {
    events.clear();
    synchronized (attempts) {
      attempts.clear();
    }
  }

  void stop() {
    scheduler.shutdownNow();
  }
}
