package mx.gob.veracruz.cuenta.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMS and push adapters: one HTTP API ({@code POST {url}/mensajes/v1/sms} and {@code …/push},
 * bearer API key; documented in sandbox/README.md), which a contracted SMS provider and a push
 * relay (FCM/APNs) sit behind in production and the local sandbox speaks in demo and tests. A
 * refused or failed message is recorded as FALLIDO, never breaks the business transaction.
 */
@ApplicationScoped
public class MessageGateways {
  private static final Logger LOG = Logger.getLogger(MessageGateways.class.getName());
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private Config config() {
    return ConfigProvider.getConfig(getClass().getClassLoader());
  }

  private String url() {
    return config()
        .getOptionalValue("ciudad.mensajes.url", String.class)
        .or(() -> config().getOptionalValue("ciudad.gateway.url", String.class))
        .orElse("http://127.0.0.1:8095")
        .replaceAll("/$", "");
  }

  private String key() {
    return config()
        .getOptionalValue("ciudad.mensajes.api-key", String.class)
        .or(() -> config().getOptionalValue("ciudad.gateway.api-key", String.class))
        .orElse("");
  }

  public boolean sms(String to, String text) {
    return post(
        "sms", Json.createObjectBuilder().add("to", to).add("text", text).build().toString());
  }

  public boolean push(String platform, String token, String title, String body) {
    return post(
        "push",
        Json.createObjectBuilder()
            .add("platform", platform)
            .add("token", token)
            .add("title", title)
            .add("body", body.length() > 500 ? body.substring(0, 500) : body)
            .build()
            .toString());
  }

  private boolean post(String kind, String json) {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url() + "/mensajes/v1/" + kind))
                  .timeout(Duration.ofSeconds(5))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + key())
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() / 100 != 2) {
        LOG.log(
            Level.WARNING,
            "El servicio de mensajes rechazó un {0}: HTTP {1}",
            new Object[] {kind, r.statusCode()});
        return false;
      }
      return true;
    } catch (java.io.IOException e) {
      LOG.log(
          Level.WARNING,
          "El servicio de mensajes no respondió ({0}): {1}",
          new Object[] {kind, e.toString()});
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
