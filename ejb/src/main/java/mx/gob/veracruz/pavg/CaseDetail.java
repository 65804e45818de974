package mx.gob.veracruz.pavg;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case as its assigned specialists (or a supervisor after break-glass) see it: what she told,
 * opened from its seal, the record, the clock and who else opened it.
 */
public record CaseDetail(
    Long id,
    String folio,
    String status,
    String channel,
    String about,
    List<String> categories,
    LocalDate occurredOn,
    String colonia,
    boolean danger,
    Instant receivedAt,
    Clock clock,
    String riskLevel,
    Set<String> riskYes,
    Content content,
    List<Entry> entries,
    List<Assignment> assignments,
    List<Access> accesses,
    List<Document> documents,
    String closeReason,
    Instant closedAt,
    boolean viaBreakGlass)
    implements Serializable {

  /** What she told, opened from the seal. */
  public record Content(
      String name,
      String victimName,
      String phone,
      String email,
      String contactChannel,
      String contactHours,
      String safeWord,
      String place,
      String lat,
      String lon,
      String aggressor,
      String narrative)
      implements Serializable {}

  /** The protection-order clock: due, when an order was recorded, and its state now. */
  public record Clock(Instant due, Instant done, boolean overdue, long minutesLeft)
      implements Serializable {}

  public record Entry(Long id, String kind, Instant at, String actor, Map<String, String> fields)
      implements Serializable {}

  public record Assignment(String username, Instant at, String by, boolean active)
      implements Serializable {}

  public record Access(String username, Instant at, Instant until, String reason)
      implements Serializable {}

  public record Document(Long id, String name, String type, int size, Instant at, String actor)
      implements Serializable {}
}
