package mx.gob.veracruz.common.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What an audit entry says, i.e. everything its hash protects. {@code entityType}, {@code
 * entityId}, {@code correlationId}, {@code clientAddress} and {@code detail} may be null.
 *
 * <p>{@code occurredAt} is truncated to milliseconds here, not only when hashing: the entity must
 * store this truncated value (in a {@code DATETIME(3)}/{@code TIMESTAMP(3)} column), because MySQL
 * rounds extra digits instead of truncating them and the row read back would no longer verify.
 */
public record AuditEntryContent(
    long sequence,
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String outcome,
    String correlationId,
    String clientAddress,
    String detail) {

  /**
   * Leads every canonical form, so a future format can be introduced for new entries while old
   * entries still verify with the format they were hashed with.
   */
  static final String FORMAT_VERSION = "audit-v1";

  // Fixed width (always three fraction digits, always UTC) so the text never depends on the value.
  private static final DateTimeFormatter INSTANT_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public AuditEntryContent {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * An unambiguous text form of this content: {@code audit-v1|sequence|instant|} followed by each
   * text field, {@code ~} for null or {@code <length>:<text>} otherwise, separated by {@code |}.
   *
   * <p>The length prefix, not the separator, makes it unambiguous: no field value can imitate a
   * boundary, and null ({@code ~}) differs from empty ({@code 0:}). Lengths count Unicode code
   * points so an auditor can re-check the chain from any language (Python's {@code len}, etc.).
   * Changing this format invalidates every stored hash: add a new version instead.
   */
  public String canonical() {
    StringBuilder text = new StringBuilder(FORMAT_VERSION);
    text.append('|').append(sequence).append('|').append(INSTANT_FORMAT.format(occurredAt));
    for (String field :
        new String[] {
          actor, action, entityType, entityId, outcome, correlationId, clientAddress, detail
        }) {
      text.append('|');
      if (field == null) {
        text.append('~');
      } else {
        text.append(field.codePointCount(0, field.length())).append(':').append(field);
      }
    }
    return text.toString();
  }
}
