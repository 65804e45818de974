package mx.gob.veracruz.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A test client for the sandbox: no redirects followed, so 303s can be asserted. */
final class SandboxClient {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String apiKey;

  SandboxClient(String base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  HttpRequest.Builder authorized(String path) {
    return request(path).header("Authorization", "Bearer " + apiKey);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(authorized(path).GET());
  }

  HttpResponse<String> postJson(HttpRequest.Builder request, String json)
      throws IOException, InterruptedException {
    return send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> createCharge(String idempotencyKey, String json)
      throws IOException, InterruptedException {
    return postJson(authorized("/v1/charges").header("Idempotency-Key", idempotencyKey), json);
  }

  HttpResponse<String> control(String path, String json) throws IOException, InterruptedException {
    return postJson(request(path), json);
  }

  HttpResponse<String> form(String path, String form) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return Http.JSON.readTree(response.body());
  }
}
