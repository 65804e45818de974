package mx.gob.veracruz.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny webhook receiver for the tests. {@code /hook} behaves like a correct receiver: 204 for a
 * valid, fresh signature, 400 for a timestamp older than five minutes, 401 for a bad signature.
 * {@code /flaky/<n>/<anything>} answers 500 to its first n requests, then 204; {@code /down} always
 * 500.
 */
final class WebhookReceiver implements AutoCloseable {

  static final long TOLERANCE_SECONDS = 300;

  record Delivery(String path, String signature, byte[] body, Instant receivedAt, int answered) {
    JsonNode json() {
      try {
        return Http.JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    String chargeId() {
      return json().path("data").path("chargeId").asText();
    }

    long timestamp() {
      return Long.parseLong(part("t"));
    }

    String part(String name) {
      for (String p : signature.split(",")) {
        if (p.startsWith(name + "=")) {
          return p.substring(name.length() + 1);
        }
      }
      throw new IllegalStateException("no " + name + " in " + signature);
    }

    /** The check a correct receiver does: HMAC over "t." + raw body, compared in constant time. */
    boolean verifies(String secret) {
      String expected = Signatures.hmacHex(secret, timestamp(), body);
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          part("v1").getBytes(StandardCharsets.US_ASCII));
    }
  }

  private final HttpServer server;
  private final String secret;
  private final List<Delivery> deliveries = new ArrayList<>();
  private final Map<String, AtomicInteger> flakyCounts = new ConcurrentHashMap<>();

  WebhookReceiver(String secret) throws IOException {
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          byte[] body;
          try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
          }
          String path = ex.getRequestURI().getPath();
          String signature = ex.getRequestHeaders().getFirst("Gateway-Signature");
          int status = answer(path, signature, body);
          synchronized (deliveries) {
            deliveries.add(new Delivery(path, signature, body, Instant.now(), status));
          }
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
    server.start();
  }

  private int answer(String path, String signature, byte[] body) {
    if (path.startsWith("/flaky/")) {
      int failures = Integer.parseInt(path.substring("/flaky/".length()).split("/")[0]);
      int n = flakyCounts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      return n <= failures ? 500 : 204;
    }
    if (path.equals("/down")) {
      return 500;
    }
    Delivery probe = new Delivery(path, signature, body, Instant.now(), 0);
    if (signature == null || !probe.verifies(secret)) {
      return 401;
    }
    if (Instant.now().getEpochSecond() - probe.timestamp() > TOLERANCE_SECONDS) {
      return 400;
    }
    return 204;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Delivery> forCharge(String chargeId) {
    synchronized (deliveries) {
      return deliveries.stream().filter(d -> chargeId.equals(d.chargeId())).toList();
    }
  }

  /** Waits (bounded) until {@code count} deliveries about the charge arrived. */
  List<Delivery> await(String chargeId, int count, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      List<Delivery> found = forCharge(chargeId);
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(20);
    }
    return forCharge(chargeId);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
