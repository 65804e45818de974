package mx.gob.veracruz.sandbox;

import java.time.Duration;
import java.util.Map;

/**
 * How a sandbox is started: {@code --port/--secret/--api-key} (or GATEWAY_PORT, GATEWAY_SECRET,
 * GATEWAY_API_KEY), plus the optional bind address, public URL and retry backoff.
 */
public record SandboxConfig(
    int port, String bind, String secret, String apiKey, String publicUrl, Duration retryBackoff) {

  public static final int DEFAULT_PORT = 8095;
  public static final String DEFAULT_SECRET = "sandbox-webhook-secret";
  public static final String DEFAULT_API_KEY = "sandbox-api-key";
  public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);

  public SandboxConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("the webhook secret must not be empty");
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("the API key must not be empty");
    }
    if (bind == null || bind.isBlank()) {
      bind = "127.0.0.1";
    }
    if (publicUrl != null && publicUrl.endsWith("/")) {
      publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
    }
    if (retryBackoff == null || retryBackoff.isNegative()) {
      retryBackoff = DEFAULT_BACKOFF;
    }
  }

  /** For tests: an ephemeral port on loopback with the given credentials. */
  public static SandboxConfig forTests(String secret, String apiKey) {
    return new SandboxConfig(0, "127.0.0.1", secret, apiKey, null, DEFAULT_BACKOFF);
  }

  public SandboxConfig withRetryBackoff(Duration backoff) {
    return new SandboxConfig(port, bind, secret, apiKey, publicUrl, backoff);
  }

  /** Command-line options win over environment variables, which win over the defaults. */
  public static SandboxConfig parse(String[] args, Map<String, String> env) {
    String port = env.getOrDefault("GATEWAY_PORT", String.valueOf(DEFAULT_PORT));
    String secret = env.getOrDefault("GATEWAY_SECRET", DEFAULT_SECRET);
    String apiKey = env.getOrDefault("GATEWAY_API_KEY", DEFAULT_API_KEY);
    String bind = env.getOrDefault("GATEWAY_BIND", "127.0.0.1");
    String publicUrl = env.get("GATEWAY_PUBLIC_URL");
    String backoffMs =
        env.getOrDefault("GATEWAY_RETRY_BACKOFF_MS", String.valueOf(DEFAULT_BACKOFF.toMillis()));
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      } else if (arg.startsWith("--") && !arg.equals("--help")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + arg);
        }
        value = args[++i];
      }
      switch (arg) {
        case "--port" -> port = value;
        case "--secret" -> secret = value;
        case "--api-key" -> apiKey = value;
        case "--bind" -> bind = value;
        case "--public-url" -> publicUrl = value;
        case "--retry-backoff-ms" -> backoffMs = value;
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    int portNumber;
    long backoff;
    try {
      portNumber = Integer.parseInt(port.trim());
      backoff = Long.parseLong(backoffMs.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + e.getMessage());
    }
    return new SandboxConfig(
        portNumber, bind, secret, apiKey, publicUrl, Duration.ofMillis(backoff));
  }
}
