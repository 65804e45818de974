package mx.gob.veracruz.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import mx.gob.veracruz.sandbox.Http.HttpError;
import mx.gob.veracruz.sandbox.WebhookDispatcher.Event;
import mx.gob.veracruz.sandbox.WebhookDispatcher.Result;
import mx.gob.veracruz.sandbox.WebhookDispatcher.Signing;

/**
 * The payment gateway: the {@code /v1} API, the checkout page and the {@code /sandbox} controls.
 */
final class Gateway {

  /** "1520.00": digits, a point, exactly two decimals; no sign, no exponent. */
  private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,11})\\.[0-9]{2}");

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final String DECLINING_CARD = "4000000000000002";
  private static final BigDecimal FEE_RATE = new BigDecimal("0.029");
  private static final BigDecimal FEE_FIXED = new BigDecimal("2.50");
  private static final Set<String> DELIVERY_MODES =
      Set.of("normal", "duplicate", "late", "out-of-order", "forged", "none");

  private record Idempotent(JsonNode request, Charge charge) {}

  private final SandboxServer server;
  private final WebhookDispatcher webhooks;
  private final Map<String, Charge> charges = new ConcurrentHashMap<>();
  private final Map<String, Idempotent> idempotency = new ConcurrentHashMap<>();

  Gateway(SandboxServer server, WebhookDispatcher webhooks) {
    this.server = server;
    this.webhooks = webhooks;
  }

  void reset() {
    charges.clear();
    idempotency.clear();
  }

  // ---- /v1
  // ---------------------------------------------------------------------------------------

  void handleApi(HttpExchange ex) throws IOException {
    Http.requireApiKey(ex, server.config().apiKey());
    String[] seg = Http.segments(ex, "/v1");
    if (seg.length == 1 && seg[0].equals("charges")) {
      Http.requireMethod(ex, "POST");
      createCharge(ex);
    } else if (seg.length == 2 && seg[0].equals("charges")) {
      Http.requireMethod(ex, "GET", "HEAD");
      Http.json(ex, 200, find(seg[1]).toJson(server.publicUrl()));
    } else if (seg.length == 2 && seg[0].equals("settlements") && seg[1].endsWith(".csv")) {
      Http.requireMethod(ex, "GET", "HEAD");
      settlement(ex, seg[1].substring(0, seg[1].length() - ".csv".length()));
    } else {
      throw new HttpError(404, "not_found");
    }
  }

  private void createCharge(HttpExchange ex) throws IOException {
    String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
    if (key == null || key.isBlank()) {
      throw new HttpError(400, "missing_idempotency_key");
    }
    JsonNode request = Http.jsonBody(ex);
    BigDecimal amount = amount(request.get("amount"));
    String currency = text(request, "currency");
    if (currency == null || !CURRENCY.matcher(currency).matches()) {
      throw new HttpError(400, "invalid_currency");
    }
    String reference = required(request, "reference");
    String description = text(request, "description");
    String returnUrl = httpUrl(request, "returnUrl");
    String webhookUrl = httpUrl(request, "webhookUrl");

    Charge created = null;
    Idempotent previous;
    synchronized (idempotency) {
      previous = idempotency.get(key);
      if (previous == null) {
        created =
            new Charge(
                Ids.charge(),
                amount,
                currency,
                reference,
                description,
                returnUrl,
                webhookUrl,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        charges.put(created.id, created);
        idempotency.put(key, new Idempotent(request, created));
      }
    }
    if (previous != null) {
      if (!previous.request().equals(request)) {
        throw new HttpError(409, "idempotency_key_reuse");
      }
      ex.getResponseHeaders().set("Idempotent-Replayed", "true");
      Http.json(ex, 200, previous.charge().toJson(server.publicUrl()));
      return;
    }
    Http.json(ex, 201, created.toJson(server.publicUrl()));
  }

  private Charge find(String id) {
    Charge charge = charges.get(id);
    if (charge == null) {
      throw new HttpError(404, "charge_not_found");
    }
    return charge;
  }

  // ---- settlement report
  // ---------------------------------------------------------------------------

  private void settlement(HttpExchange ex, String day) throws IOException {
    LocalDate date;
    try {
      date = LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new HttpError(400, "invalid_date", "expected yyyy-MM-dd");
    }
    List<Charge> paid = new ArrayList<>();
    for (Charge c : charges.values()) {
      Instant paidAt = c.paidAt();
      if (Charge.PAID.equals(c.status())
          && paidAt.atZone(ZoneOffset.UTC).toLocalDate().equals(date)) {
        paid.add(c);
      }
    }
    paid.sort(Comparator.comparing(Charge::paidAt).thenComparing(c -> c.id));
    StringBuilder csv =
        new StringBuilder("charge_id,reference,amount,currency,authorization,paid_at,fee\n");
    for (Charge c : paid) {
      csv.append(csvField(c.id))
          .append(',')
          .append(csvField(c.reference))
          .append(',')
          .append(c.amountText())
          .append(',')
          .append(csvField(c.currency))
          .append(',')
          .append(csvField(c.authorization()))
          .append(',')
          .append(c.paidAt())
          .append(',')
          .append(fee(c.amount).toPlainString())
          .append('\n');
    }
    ex.getResponseHeaders().set("Content-Disposition", "inline; filename=\"" + date + ".csv\"");
    Http.send(ex, 200, "text/csv; charset=utf-8", csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** 2.9 % of the amount plus 2.50, rounded half-up to cents. */
  static BigDecimal fee(BigDecimal amount) {
    return amount.multiply(FEE_RATE).add(FEE_FIXED).setScale(2, RoundingMode.HALF_UP);
  }

  private static String csvField(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  // ---- checkout page
  // -----------------------------------------------------------------------------

  void handleCheckout(HttpExchange ex) throws IOException {
    String[] seg = Http.segments(ex, "/checkout");
    Charge charge = seg.length >= 1 ? charges.get(seg[0]) : null;
    if (charge == null) {
      Http.requireMethod(ex, "GET", "HEAD", "POST");
      html(ex, 404, CheckoutPage.notFound());
      return;
    }
    if (seg.length == 1) {
      Http.requireMethod(ex, "GET", "HEAD");
      html(ex, 200, CheckoutPage.render(charge, null));
    } else if (seg.length == 2 && (seg[1].equals("pay") || seg[1].equals("decline"))) {
      Http.requireMethod(ex, "POST");
      boolean pay = seg[1].equals("pay");
      if (pay) {
        String card = Http.formBody(ex).getOrDefault("card", "").replaceAll("[\\s-]", "");
        if (!card.matches("[0-9]{13,19}")) {
          html(ex, 400, CheckoutPage.render(charge, "Número de tarjeta inválido."));
          return;
        }
        pay = !card.equals(DECLINING_CARD);
      }
      if (charge.complete(
          pay, Ids.authorization(), Instant.now().truncatedTo(ChronoUnit.SECONDS))) {
        webhooks.deliver(
            webhooks.finalEvent(charge), Signing.VALID, WebhookDispatcher.MAX_ATTEMPTS, "normal");
      }
      if (charge.returnUrl == null) {
        html(ex, 200, CheckoutPage.render(charge, null));
      } else {
        Http.redirect(ex, returnLocation(charge.returnUrl, charge.id));
      }
    } else {
      html(ex, 404, CheckoutPage.notFound());
    }
  }

  /** {@code returnUrl} with {@code charge=<id>} added to its query, before any fragment. */
  static String returnLocation(String returnUrl, String chargeId) {
    String fragment = "";
    String base = returnUrl;
    int hash = returnUrl.indexOf('#');
    if (hash >= 0) {
      fragment = returnUrl.substring(hash);
      base = returnUrl.substring(0, hash);
    }
    String separator =
        base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?";
    return base
        + separator
        + "charge="
        + URLEncoder.encode(chargeId, StandardCharsets.UTF_8)
        + fragment;
  }

  private static void html(HttpExchange ex, int status, String page) throws IOException {
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    Http.send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  // ---- /sandbox controls
  // -------------------------------------------------------------------------

  void handleControl(HttpExchange ex) throws IOException {
    String[] seg = Http.segments(ex, "/sandbox");
    if (seg.length == 1 && seg[0].equals("charges")) {
      Http.requireMethod(ex, "POST");
      createPaidCharge(ex);
    } else if (seg.length == 3 && seg[0].equals("charges") && seg[2].equals("complete")) {
      Http.requireMethod(ex, "POST");
      complete(ex, find(seg[1]));
    } else if (seg.length == 1 && seg[0].equals("events")) {
      Http.requireMethod(ex, "GET", "HEAD");
      Http.json(ex, 200, webhooks.attemptsJson());
    } else if (seg.length == 3 && seg[0].equals("events") && seg[2].equals("resend")) {
      Http.requireMethod(ex, "POST");
      Event event = webhooks.event(seg[1]);
      if (event == null) {
        throw new HttpError(404, "event_not_found");
      }
      Result result = webhooks.deliver(event, Signing.VALID, 1, "resend").join();
      Http.json(ex, 200, result.toJson());
    } else if (seg.length == 1 && seg[0].equals("reset")) {
      Http.requireMethod(ex, "POST");
      server.reset();
      Http.json(ex, 200, Http.JSON.createObjectNode().put("status", "reset"));
    } else {
      throw new HttpError(404, "not_found");
    }
  }

  private void createPaidCharge(HttpExchange ex) throws IOException {
    JsonNode request = Http.jsonBody(ex);
    BigDecimal amount = amount(request.get("amount"));
    String reference = required(request, "reference");
    String currency = text(request, "currency");
    if (currency == null) {
      currency = "MXN";
    } else if (!CURRENCY.matcher(currency).matches()) {
      throw new HttpError(400, "invalid_currency");
    }
    Instant paidAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String paidAtText = text(request, "paidAt");
    if (paidAtText != null) {
      try {
        paidAt = Instant.parse(paidAtText);
      } catch (DateTimeParseException e) {
        throw new HttpError(
            400, "invalid_request", "paidAt must be an ISO instant like 2026-03-01T17:30:00Z");
      }
    }
    String authorization = text(request, "authorization");
    if (authorization == null) {
      authorization = Ids.authorization();
    }
    Charge charge =
        new Charge(
            Ids.charge(),
            amount,
            currency,
            reference,
            text(request, "description"),
            null,
            null,
            paidAt.isBefore(Instant.now())
                ? paidAt
                : Instant.now().truncatedTo(ChronoUnit.SECONDS));
    charge.complete(true, authorization, paidAt);
    charges.put(charge.id, charge);
    Http.json(ex, 201, charge.toJson(server.publicUrl()));
  }

  private void complete(HttpExchange ex, Charge charge) throws IOException {
    JsonNode request = Http.jsonBody(ex);
    String outcome = text(request, "outcome");
    if (!Charge.PAID.equals(outcome) && !Charge.DECLINED.equals(outcome)) {
      throw new HttpError(400, "invalid_request", "outcome must be \"paid\" or \"declined\"");
    }
    String delivery = text(request, "delivery");
    if (delivery == null) {
      delivery = "normal";
    }
    if (!DELIVERY_MODES.contains(delivery)) {
      throw new HttpError(400, "invalid_request", "delivery must be one of " + DELIVERY_MODES);
    }
    boolean paid = Charge.PAID.equals(outcome);
    if (!charge.complete(
        paid, Ids.authorization(), Instant.now().truncatedTo(ChronoUnit.SECONDS))) {
      throw new HttpError(409, "charge_not_pending", "the charge is already " + charge.status());
    }
    Event event = webhooks.finalEvent(charge);
    List<Event> events = new ArrayList<>(List.of(event));
    List<Result> results = new ArrayList<>();
    int max = WebhookDispatcher.MAX_ATTEMPTS;
    switch (delivery) {
      case "normal" -> results.add(webhooks.deliver(event, Signing.VALID, max, delivery).join());
      case "duplicate" -> {
        results.add(webhooks.deliver(event, Signing.VALID, max, delivery).join());
        results.add(webhooks.deliver(event, Signing.VALID, max, delivery).join());
      }
      // a correct receiver rejects these: retrying would only repeat the rejection
      case "late" -> results.add(webhooks.deliver(event, Signing.LATE, 1, delivery).join());
      case "forged" -> results.add(webhooks.deliver(event, Signing.FORGED, 1, delivery).join());
      case "out-of-order" -> {
        results.add(webhooks.deliver(event, Signing.VALID, max, delivery).join());
        Event older =
            webhooks.newEvent(charge, "charge.pending", Charge.PENDING, event.created() - 60);
        events.add(older);
        results.add(webhooks.deliver(older, Signing.VALID, max, delivery).join());
      }
      default -> {} // "none": the event exists (it can be resent) but is not delivered
    }
    ObjectNode response = Http.JSON.createObjectNode();
    response.set("charge", charge.toJson(server.publicUrl()));
    ArrayNode ids = response.putArray("events");
    events.forEach(e -> ids.add(e.id()));
    ArrayNode deliveries = response.putArray("deliveries");
    results.forEach(r -> deliveries.add(r.toJson()));
    Http.json(ex, 200, response);
  }

  // ---- request validation
  // ------------------------------------------------------------------------

  private static BigDecimal amount(JsonNode node) {
    if (node == null || !node.isTextual() || !AMOUNT.matcher(node.asText()).matches()) {
      throw new HttpError(400, "invalid_amount");
    }
    BigDecimal amount = new BigDecimal(node.asText());
    if (amount.signum() <= 0) {
      throw new HttpError(400, "invalid_amount");
    }
    return amount;
  }

  private static String text(JsonNode request, String field) {
    JsonNode node = request.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new HttpError(400, "invalid_request", field + " must be a string");
    }
    return node.asText();
  }

  private static String required(JsonNode request, String field) {
    String value = text(request, field);
    if (value == null || value.isBlank()) {
      throw new HttpError(400, "invalid_request", field + " is required");
    }
    return value;
  }

  private static String httpUrl(JsonNode request, String field) {
    String value = required(request, field);
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new HttpError(400, "invalid_request", field + " must be an absolute http(s) URL");
  }
}
