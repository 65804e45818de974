package mx.gob.veracruz.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for an SMS provider and a push service (FCM/APNs behind one API): {@code POST
 * /mensajes/v1/sms} {@code {"to","text"}} and {@code POST /mensajes/v1/push} {@code
 * {"platform","token","title","body"}} with the API key; each message is kept and listed by {@code
 * GET /mensajes/v1/enviados} so tests read what a citizen would have received. A token starting
 * with {@code invalido} is refused with 404 (an uninstalled app), as real push services answer.
 */
final class Messaging {
  private final SandboxServer server;
  private final List<ObjectNode> sent = new ArrayList<>();

  Messaging(SandboxServer server) {
    this.server = server;
  }

  synchronized void reset() {
    sent.clear();
  }

  void handle(HttpExchange ex) throws IOException {
    Http.requireApiKey(ex, server.config().apiKey());
    String[] seg = Http.segments(ex, "/mensajes/v1/");
    if (seg.length == 1 && seg[0].equals("enviados")) {
      Http.requireMethod(ex, "GET");
      ArrayNode list = Http.JSON.createArrayNode();
      synchronized (this) {
        sent.forEach(list::add);
      }
      Http.json(ex, 200, list);
      return;
    }
    Http.requireMethod(ex, "POST");
    JsonNode in = Http.jsonBody(ex);
    ObjectNode m = Http.JSON.createObjectNode();
    m.put("at", Instant.now().toString());
    if (seg.length == 1 && seg[0].equals("sms")) {
      String to = in.path("to").asText("");
      if (!to.matches("\\+?[0-9]{10,13}") || in.path("text").asText("").isEmpty()) {
        throw new Http.HttpError(422, "invalid_message");
      }
      m.put("channel", "SMS").put("to", to).put("text", in.path("text").asText());
    } else if (seg.length == 1 && seg[0].equals("push")) {
      String token = in.path("token").asText("");
      if (token.isEmpty()) {
        throw new Http.HttpError(422, "invalid_message");
      }
      if (token.startsWith("invalido")) {
        throw new Http.HttpError(404, "unregistered_token");
      }
      m.put("channel", "PUSH")
          .put("platform", in.path("platform").asText())
          .put("token", token)
          .put("title", in.path("title").asText())
          .put("body", in.path("body").asText());
    } else {
      throw new Http.HttpError(404, "not_found");
    }
    synchronized (this) {
      sent.add(m);
    }
    Http.json(ex, 202, Http.JSON.createObjectNode().put("status", "accepted"));
  }
}
