package mx.gob.veracruz.sandbox;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The hosted checkout page, in Spanish, self-contained (no external CSS, fonts or scripts). */
final class CheckoutPage {

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f3f4f6;\
      margin:0;color:#1f2937}
      main{max-width:26rem;margin:3rem auto;background:#fff;border-radius:.75rem;padding:2rem;\
      box-shadow:0 1px 4px rgba(0,0,0,.12)}
      h1{font-size:1.25rem;margin:0 0 .25rem}
      .sandbox{display:inline-block;background:#fef3c7;color:#92400e;font-size:.75rem;\
      padding:.1rem .5rem;border-radius:.5rem;margin-bottom:1rem}
      .amount{font-size:2rem;font-weight:700;margin:.5rem 0}
      dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:1rem 0}
      dt{color:#6b7280}dd{margin:0;word-break:break-all}
      label{display:block;margin:1rem 0 .25rem;color:#374151}
      input{width:100%;box-sizing:border-box;font-size:1.1rem;padding:.5rem;border:1px solid #d1d5db;\
      border-radius:.5rem}
      button{width:100%;font-size:1rem;padding:.75rem;border:0;border-radius:.5rem;margin-top:1rem;\
      cursor:pointer}
      .pay{background:#047857;color:#fff}.cancel{background:#e5e7eb;color:#374151}
      .error{color:#b91c1c}.hint{color:#6b7280;font-size:.85rem}
      .status{font-weight:700}""";

  private CheckoutPage() {}

  static String render(Charge charge, String error) {
    String id = escape(charge.id);
    StringBuilder body = new StringBuilder();
    body.append("<h1>Pago con tarjeta</h1>\n<span class=\"sandbox\">Entorno de pruebas</span>\n");
    body.append("<div class=\"amount\">")
        .append(money(charge.amount))
        .append(' ')
        .append(escape(charge.currency))
        .append("</div>\n<dl>\n");
    body.append("<dt>Referencia</dt><dd id=\"reference\">")
        .append(escape(charge.reference))
        .append("</dd>\n");
    if (charge.description != null) {
      body.append("<dt>Concepto</dt><dd>").append(escape(charge.description)).append("</dd>\n");
    }
    body.append("<dt>Cargo</dt><dd>").append(id).append("</dd>\n");
    String status = charge.status();
    body.append("<dt>Estado</dt><dd class=\"status\" id=\"status\">")
        .append(statusText(status))
        .append("</dd>\n</dl>\n");
    if (error != null) {
      body.append("<p class=\"error\" role=\"alert\">").append(escape(error)).append("</p>\n");
    }
    if (Charge.PENDING.equals(status)) {
      body.append("<form method=\"post\" action=\"/checkout/")
          .append(id)
          .append("/pay\">\n")
          .append("<label for=\"card\">Número de tarjeta</label>\n")
          .append("<input id=\"card\" name=\"card\" inputmode=\"numeric\" autocomplete=\"off\" ")
          .append("value=\"4242 4242 4242 4242\">\n")
          .append("<p class=\"hint\">La tarjeta 4000 0000 0000 0002 siempre es rechazada.</p>\n")
          .append("<button class=\"pay\" type=\"submit\" id=\"pay\">Pagar</button>\n</form>\n")
          .append("<form method=\"post\" action=\"/checkout/")
          .append(id)
          .append("/decline\">\n")
          .append(
              "<button class=\"cancel\" type=\"submit\" id=\"cancel\">Cancelar</button>\n</form>\n");
    } else if (charge.returnUrl != null) {
      body.append("<p><a href=\"")
          .append(escape(Gateway.returnLocation(charge.returnUrl, charge.id)))
          .append("\">Volver al sitio del comercio</a></p>\n");
    }
    return page("Pago " + charge.reference, body.toString());
  }

  static String notFound() {
    return page(
        "Cargo no encontrado",
        "<h1>Cargo no encontrado</h1>\n<p>El cargo solicitado no existe.</p>\n");
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n<style>"
        + STYLE
        + "</style>\n</head>\n"
        + "<body>\n<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }

  private static String statusText(String status) {
    return switch (status) {
      case Charge.PAID -> "Pagado";
      case Charge.DECLINED -> "Rechazado";
      default -> "Pendiente de pago";
    };
  }

  /** $1,520.00 */
  static String money(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    return format.format(amount);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
