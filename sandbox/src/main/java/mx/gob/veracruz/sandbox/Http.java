package mx.gob.veracruz.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers around {@link HttpExchange}: bodies, JSON, errors, auth. */
final class Http {

  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Bodies larger than this are refused: a sandbox has no business with megabytes. */
  static final int MAX_BODY = 5 * 1024 * 1024;

  private Http() {}

  /** Thrown by handlers to answer with a JSON error; the router turns it into the response. */
  static final class HttpError extends RuntimeException {
    final int status;
    final ObjectNode body;

    HttpError(int status, String error) {
      this(status, error, null);
    }

    HttpError(int status, String error, String detail) {
      super(error + (detail == null ? "" : ": " + detail), null, false, false);
      this.status = status;
      this.body = JSON.createObjectNode().put("error", error);
      if (detail != null) {
        body.put("detail", detail);
      }
    }
  }

  static byte[] body(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > MAX_BODY) {
          throw new HttpError(413, "payload_too_large");
        }
      }
      return out.toByteArray();
    }
  }

  static JsonNode jsonBody(HttpExchange ex) throws IOException {
    byte[] raw = body(ex);
    if (raw.length == 0) {
      throw new HttpError(400, "invalid_json", "empty body");
    }
    try {
      JsonNode node = JSON.readTree(raw);
      if (node == null || !node.isObject()) {
        throw new HttpError(400, "invalid_json", "the body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new HttpError(400, "invalid_json", e.getOriginalMessage());
    }
  }

  static Map<String, String> formBody(HttpExchange ex) throws IOException {
    String raw = new String(body(ex), StandardCharsets.UTF_8);
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        form.put(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformed) {
        throw new HttpError(400, "invalid_form");
      }
    }
    return form;
  }

  static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
    send(ex, status, "application/json", JSON.writeValueAsBytes(body));
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    if ("HEAD".equals(ex.getRequestMethod())) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(303, -1);
  }

  static void requireMethod(HttpExchange ex, String... allowed) {
    String method = ex.getRequestMethod();
    for (String m : allowed) {
      if (m.equals(method)) {
        return;
      }
    }
    ex.getResponseHeaders().set("Allow", String.join(", ", allowed));
    throw new HttpError(405, "method_not_allowed");
  }

  /** {@code Authorization: Bearer <api-key>}, compared in constant time. */
  static void requireApiKey(HttpExchange ex, String apiKey) {
    String header = ex.getRequestHeaders().getFirst("Authorization");
    String prefix = "Bearer ";
    boolean ok =
        header != null
            && header.regionMatches(true, 0, prefix, 0, prefix.length())
            && MessageDigest.isEqual(
                header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8),
                apiKey.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
      throw new HttpError(401, "unauthorized");
    }
  }

  /** The path below {@code prefix}, split on '/', empty segments dropped. */
  static String[] segments(HttpExchange ex, String prefix) {
    String path = ex.getRequestURI().getRawPath();
    String rest = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
    return java.util.Arrays.stream(rest.split("/"))
        .filter(s -> !s.isEmpty())
        .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
        .toArray(String[]::new);
  }
}
