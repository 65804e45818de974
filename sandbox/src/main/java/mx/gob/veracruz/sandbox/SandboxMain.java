package mx.gob.veracruz.sandbox;

import java.io.IOException;

/** {@code java -jar ciudad-sandbox.jar --port 8095 --secret <webhook-secret> --api-key <key>}. */
public final class SandboxMain {

  private static final String USAGE =
      """
      usage: java -jar ciudad-sandbox.jar [--port N] [--secret S] [--api-key K]
                                          [--bind ADDR] [--public-url URL] [--retry-backoff-ms MS]
        environment: GATEWAY_PORT, GATEWAY_SECRET, GATEWAY_API_KEY, GATEWAY_BIND,
                     GATEWAY_PUBLIC_URL, GATEWAY_RETRY_BACKOFF_MS (options win)""";

  private SandboxMain() {}

  public static void main(String[] args) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        System.out.println(USAGE);
        return;
      }
    }
    SandboxConfig config;
    try {
      config = SandboxConfig.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("ciudad-sandbox: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SandboxServer server;
    try {
      server = SandboxServer.start(config);
    } catch (IOException e) {
      System.err.println(
          "ciudad-sandbox: cannot listen on " + config.bind() + ":" + config.port() + ": " + e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "sandbox-shutdown"));
  }
}
