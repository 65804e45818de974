package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What the IT office sees: health, OpenAPI, hardening headers, error pages without traces. */
class PlatformIT {

  @Test
  void readinessReportsTheDatabaseUp() throws Exception {
    HttpResponse<String> r = new Http().get("/health/ready");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"status\":\"UP\"").contains("base-de-datos");
  }

  @Test
  void openApiDocumentsTheApi() throws Exception {
    HttpResponse<String> r = new Http().get("/openapi");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("/api/v1/ciudadanos").contains("/api/v1/calendario/vencimiento");
  }

  /**
   * The description the generated client is compiled from (docs/openapi/ciudad-v1.yaml, module
   * api-client) lists exactly the paths and methods the server serves: it cannot drift. Refresh it
   * with {@code curl -s localhost:8080/openapi > docs/openapi/ciudad-v1.yaml}.
   */
  @Test
  void theGeneratedClientsDescriptionIsTheServedOne() throws Exception {
    String served = new Http().get("/openapi").body();
    String committed =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                System.getProperty("it.root", ".."), "docs", "openapi", "ciudad-v1.yaml"));
    assertThat(operations(committed)).isEqualTo(operations(served));
    assertThat(served)
        .contains("securitySchemes")
        .contains("bearer")
        .contains("/api/v1/mi/tramites")
        .contains("/api/v1/cuenta/token");
  }

  /** "path method" of every operation of an OpenAPI YAML (two-space indented paths). */
  static java.util.SortedSet<String> operations(String yaml) {
    java.util.SortedSet<String> ops = new java.util.TreeSet<>();
    String path = null;
    boolean inPaths = false;
    for (String line : yaml.split("\n")) {
      if (line.equals("paths:")) {
        inPaths = true;
      } else if (inPaths && !line.startsWith(" ") && !line.isBlank()) {
        inPaths = false;
      } else if (inPaths && line.matches("  /\\S*:\\s*")) {
        path = line.trim().replaceAll(":$", "");
      } else if (inPaths && path != null && line.matches("    (get|put|post|delete|patch):\\s*")) {
        ops.add(path + " " + line.trim().replace(":", ""));
      }
    }
    return ops;
  }

  @Test
  void portalAnswersInSpanishWithSecurityHeaders() throws Exception {
    HttpResponse<String> r = new Http().get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("lang=\"es-MX\"").contains("Servicios en línea");
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self' 'nonce-"));
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
    assertThat(r.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(r.headers().firstValue("Server")).isEmpty();
    assertThat(r.body()).doesNotContain("https://").as("no third-party resources");
  }

  @Test
  void sessionCookieIsHttpOnlySecureAndSameSite() throws Exception {
    HttpResponse<String> r = new Http().get("/consola/index.xhtml");
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Strict");
  }

  @Test
  void loginRotatesTheSessionId() throws Exception {
    Http h = new Http();
    h.get("/consola/index.xhtml");
    String before = h.session();
    assertThat(before).isNotBlank();
    h.login("capturista", "Demo.2026!");
    assertThat(h.session()).isNotBlank().isNotEqualTo(before);
  }

  @Test
  void consoleRedirectsToLoginWhenNotAuthenticated() throws Exception {
    HttpResponse<String> r = new Http().get("/consola/ciudadanos/lista.xhtml");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
  }

  @Test
  void errorPagesShowACorrelationIdAndNoStackTrace() throws Exception {
    HttpResponse<String> r = new Http().get("/no-existe.xhtml");
    assertThat(r.statusCode()).isEqualTo(404);
    String id = r.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertThat(r.body()).contains(id).doesNotContain("Caused by").doesNotContain("\tat ");
  }

  @Test
  void theCitizenPageIsBookmarkableAndARoleWithoutAccessSeesItsCorrelationId() throws Exception {
    Http clerk = new Http().login("capturista", "Demo.2026!");
    clerk.get("/consola/index.xhtml");
    // A pasted link (no view token) opens the page: read pages staff share are bookmarkable.
    HttpResponse<String> r = clerk.get("/consola/ciudadanos/ciudadano.xhtml?id=1");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("identity-curp");
    // A role the page is not for gets the 403 page, with the console menu and a correlation id to
    // quote.
    Http finance = new Http().login("finanzas", "Demo.2026!");
    finance.get("/consola/index.xhtml");
    HttpResponse<String> denied = finance.get("/consola/ciudadanos/ciudadano.xhtml?id=1");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body())
        .doesNotContain("Caused by")
        .doesNotContain("\tat ")
        .contains("class=\"cd-menu\"")
        .containsPattern("id=\"correlation-id\">[0-9a-f-]{36}<");
  }

  @Test
  void anInvalidViewStateGivesAPageNotAnEmpty500() throws Exception {
    Http clerk = new Http().login("capturista", "Demo.2026!");
    clerk.get("/consola/ciudadanos/lista.xhtml");
    HttpResponse<String> r =
        clerk.postForm(
            "/consola/ciudadanos/lista.xhtml",
            "list-form",
            "list-form",
            "list-form:search",
            "",
            "jakarta.faces.ViewState",
            "no-es-un-estado");
    // Answered with a redirect to a fresh GET of the same page (PrimeFaces' CSP cannot render
    // inside the failed POST).
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/consola/ciudadanos/lista.xhtml");
    HttpResponse<String> page = clerk.get(location.substring(location.indexOf("/consola/")));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("list-form").doesNotContain("Missing CSP nonce");
  }
}
