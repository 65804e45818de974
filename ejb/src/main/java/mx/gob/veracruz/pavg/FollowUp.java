package mx.gob.veracruz.pavg;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Her view of her case with code and PIN: its state and the messages between her and the team. */
public record FollowUp(
    String folio, String status, Instant receivedAt, Instant updatedAt, List<Message> messages)
    implements Serializable {
  public record Message(Instant at, boolean fromHer, String text) implements Serializable {}
}
