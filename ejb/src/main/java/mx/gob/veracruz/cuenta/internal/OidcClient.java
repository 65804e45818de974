package mx.gob.veracruz.cuenta.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * OpenID Connect client of the national identity provider (Llave MX; locally Keycloak): the
 * authorization code flow with PKCE (S256), a state and a nonce; the code is exchanged with the
 * client secret (client_secret_basic) and the ID token verified with the provider's published keys
 * (signature RS256, issuer, audience, expiry, nonce). Endpoints come from the provider's discovery
 * document.
 */
@ApplicationScoped
public class OidcClient {
  /** What the browser's session keeps between the redirect and the return. */
  public record Start(String authorizationUrl, String state, String nonce, String verifier) {}

  /** Who the provider says signed in. */
  public record Identity(String subject, String email, String name, String curp) {}

  private record Provider(
      String issuer, String authorization, String token, JWKSource<SecurityContext> keys) {}

  @Inject private AccountSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, Provider> providers = new ConcurrentHashMap<>();

  public boolean configured() {
    return settings.oidcIssuer().isPresent() && settings.oidcClientSecret().isPresent();
  }

  public String providerName() {
    return settings.oidcName();
  }

  public Start start(String redirectUri) {
    Provider p = provider();
    String state = Secrets.token();
    String nonce = Secrets.token();
    String verifier = Secrets.token() + Secrets.token().substring(0, 20);
    Map<String, String> q = new LinkedHashMap<>();
    q.put("response_type", "code");
    q.put("client_id", settings.oidcClientId());
    q.put("redirect_uri", redirectUri);
    q.put("scope", "openid email profile");
    q.put("state", state);
    q.put("nonce", nonce);
    q.put("code_challenge", challenge(verifier));
    q.put("code_challenge_method", "S256");
    return new Start(p.authorization() + "?" + form(q), state, nonce, verifier);
  }

  public Identity complete(String code, String redirectUri, String verifier, String nonce) {
    Provider p = provider();
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", redirectUri);
    body.put("code_verifier", verifier);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (enc(settings.oidcClientId()) + ":" + enc(settings.oidcClientSecret().orElse("")))
                    .getBytes(StandardCharsets.UTF_8));
    JsonObject tokens;
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(p.token()))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Authorization", "Basic " + basic)
                  .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw refused("el proveedor rechazó el código (" + r.statusCode() + ")");
      }
      tokens = json(r.body());
    } catch (java.io.IOException e) {
      throw refused("el proveedor de identidad no responde");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused("interrumpido");
    }
    String idToken = tokens.getString("id_token", null);
    if (idToken == null) {
      throw refused("la respuesta no trae id_token");
    }
    try {
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, p.keys()));
      processor.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              settings.oidcClientId(),
              new JWTClaimsSet.Builder().issuer(p.issuer()).claim("nonce", nonce).build(),
              Set.of("sub", "iat", "exp")));
      JWTClaimsSet c = processor.process(idToken, null);
      Object curp = c.getClaim(settings.oidcCurpClaim());
      return new Identity(
          c.getSubject(),
          c.getStringClaim("email"),
          c.getStringClaim("name"),
          curp == null ? null : curp.toString());
    } catch (Exception e) {
      throw refused("el id_token no es válido: " + e.getMessage());
    }
  }

  private Provider provider() {
    String issuer =
        settings
            .oidcIssuer()
            .orElseThrow(() -> refused("no hay un proveedor de identidad configurado"));
    return providers.computeIfAbsent(issuer, this::discover);
  }

  private Provider discover(String issuer) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw refused("el documento de descubrimiento respondió " + r.statusCode());
      }
      JsonObject d = json(r.body());
      if (!issuer.equals(d.getString("issuer", ""))) {
        throw refused("el emisor del descubrimiento no coincide");
      }
      return new Provider(
          d.getString("issuer"),
          d.getString("authorization_endpoint"),
          d.getString("token_endpoint"),
          JWKSourceBuilder.create(URI.create(d.getString("jwks_uri")).toURL())
              .retrying(true)
              .build());
    } catch (java.io.IOException e) {
      throw refused("el proveedor de identidad no responde");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused("interrumpido");
    }
  }

  static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String s) {
    try (JsonReader r = Json.createReader(new StringReader(s))) {
      return r.readObject();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String form(Map<String, String> m) {
    return m.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static BusinessRuleException refused(String why) {
    return new BusinessRuleException(
        "identidad-no-verificada",
        "oidc",
        "No se pudo entrar con el proveedor de identidad: " + why);
  }
}
