package mx.gob.veracruz.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/** One charge. Identity and request data are fixed; the outcome is set once, under the lock. */
final class Charge {

  static final String PENDING = "pending";
  static final String PAID = "paid";
  static final String DECLINED = "declined";

  final String id;
  final BigDecimal amount;
  final String currency;
  final String reference;
  final String description;
  final String returnUrl;
  final String webhookUrl;
  final Instant created;

  private String status = PENDING;
  private String authorization;
  private Instant paidAt;

  Charge(
      String id,
      BigDecimal amount,
      String currency,
      String reference,
      String description,
      String returnUrl,
      String webhookUrl,
      Instant created) {
    this.id = id;
    this.amount = amount;
    this.currency = currency;
    this.reference = reference;
    this.description = description;
    this.returnUrl = returnUrl;
    this.webhookUrl = webhookUrl;
    this.created = created;
  }

  /** Moves a pending charge to paid or declined; false (and no change) if it was not pending. */
  synchronized boolean complete(boolean paid, String authorizationCode, Instant at) {
    if (!PENDING.equals(status)) {
      return false;
    }
    status = paid ? PAID : DECLINED;
    if (paid) {
      authorization = authorizationCode;
      paidAt = at;
    }
    return true;
  }

  synchronized String status() {
    return status;
  }

  synchronized String authorization() {
    return authorization;
  }

  synchronized Instant paidAt() {
    return paidAt;
  }

  String amountText() {
    return amount.toPlainString();
  }

  /** The charge as the API shows it. */
  synchronized ObjectNode toJson(String publicUrl) {
    ObjectNode node = Http.JSON.createObjectNode();
    node.put("id", id);
    node.put("status", status);
    node.put("amount", amountText());
    node.put("currency", currency);
    node.put("reference", reference);
    if (description != null) {
      node.put("description", description);
    }
    node.put("checkoutUrl", publicUrl + "/checkout/" + id);
    node.put("created", created.toString());
    if (PAID.equals(status)) {
      node.put("authorization", authorization);
      node.put("paidAt", paidAt.toString());
    }
    return node;
  }

  /**
   * The {@code data} object of a webhook event; {@code asStatus} lets an older event say "pending".
   */
  synchronized ObjectNode eventData(String asStatus) {
    ObjectNode data = Http.JSON.createObjectNode();
    data.put("chargeId", id);
    data.put("reference", reference);
    data.put("amount", amountText());
    data.put("currency", currency);
    data.put("status", asStatus);
    if (PAID.equals(asStatus)) {
      data.put("authorization", authorization);
      data.put("paidAt", paidAt.toString());
    }
    return data;
  }
}
