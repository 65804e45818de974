package mx.gob.veracruz.common;

import java.util.UUID;

/**
 * Correlation id and client address of the current request or job, set by the web filter (or a
 * scheduler) and read by the audit trail and the logs. Thread-bound: local EJB calls run on the
 * caller's thread, and the filter always clears it.
 */
public final class CallContext {
  private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

  private final String correlationId;
  private final String clientAddress;

  private CallContext(String correlationId, String clientAddress) {
    this.correlationId = correlationId;
    this.clientAddress = clientAddress;
  }

  public static void open(String correlationId, String clientAddress) {
    CURRENT.set(new CallContext(correlationId, clientAddress));
  }

  public static void close() {
    CURRENT.remove();
  }

  public static String newCorrelationId() {
    return UUID.randomUUID().toString();
  }

  public static String correlationId() {
    CallContext c = CURRENT.get();
    return c == null ? null : c.correlationId;
  }

  public static String clientAddress() {
    CallContext c = CURRENT.get();
    return c == null ? null : c.clientAddress;
  }
}
