package mx.gob.veracruz.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryContentTest {

  private static final Instant AT = Instant.parse("2026-01-29T16:05:09.123456789Z");

  static AuditEntryContent sample() {
    return new AuditEntryContent(
        42,
        AT,
        "jperez",
        "predial.pago.registrar",
        "Pago",
        "1234",
        "OK",
        null,
        "",
        "Señora Ñandú 😀|5:x");
  }

  @Test
  void canonicalFormIsPinnedBecauseStoredHashesDependOnIt() {
    assertThat(sample().canonical())
        .isEqualTo(
            "audit-v1|42|2026-01-29T16:05:09.123Z"
                + "|6:jperez|22:predial.pago.registrar|4:Pago|4:1234|2:OK|~|0:|18:Señora Ñandú 😀|5:x");
  }

  @Test
  void truncatesTheInstantToMillisSoADatabaseRoundTripKeepsIt() {
    AuditEntryContent content = sample();
    assertThat(content.occurredAt()).isEqualTo(Instant.parse("2026-01-29T16:05:09.123Z"));
    AuditEntryContent reloaded =
        new AuditEntryContent(
            42,
            content.occurredAt(),
            "jperez",
            "predial.pago.registrar",
            "Pago",
            "1234",
            "OK",
            null,
            "",
            "Señora Ñandú 😀|5:x");
    assertThat(reloaded.canonical()).isEqualTo(content.canonical());
  }

  @Test
  void printsWholeSecondsAndOtherZonesAsFixedWidthUtc() {
    Instant whole = Instant.parse("2026-01-29T10:05:09-06:00");
    assertThat(entry(whole, null, null).canonical())
        .startsWith("audit-v1|1|2026-01-29T16:05:09.000Z|");
  }

  @Test
  void distinguishesNullFromEmpty() {
    assertThat(entry(AT, null, "x").canonical()).isNotEqualTo(entry(AT, "", "x").canonical());
  }

  @Test
  void fieldBoundariesCannotBeForgedWithSeparators() {
    AuditEntryContent a = entry(AT, "a|1:b", "c");
    AuditEntryContent b = entry(AT, "a", "b|1:c");
    assertThat(a.canonical()).isNotEqualTo(b.canonical());
    assertThat(AuditHashChain.hash(AuditHashChain.GENESIS, a))
        .isNotEqualTo(AuditHashChain.hash(AuditHashChain.GENESIS, b));
  }

  @Test
  void requiresSequenceInstantActorActionAndOutcome() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new AuditEntryContent(-1, AT, "a", "b", null, null, "OK", null, null, null));
    assertThatNullPointerException()
        .isThrownBy(
            () -> new AuditEntryContent(1, null, "a", "b", null, null, "OK", null, null, null));
    assertThatNullPointerException()
        .isThrownBy(
            () -> new AuditEntryContent(1, AT, null, "b", null, null, "OK", null, null, null));
    assertThatNullPointerException()
        .isThrownBy(
            () -> new AuditEntryContent(1, AT, "a", null, null, null, "OK", null, null, null));
    assertThatNullPointerException()
        .isThrownBy(
            () -> new AuditEntryContent(1, AT, "a", "b", null, null, null, null, null, null));
  }

  private static AuditEntryContent entry(Instant at, String entityType, String entityId) {
    return new AuditEntryContent(
        1, at, "actor", "action", entityType, entityId, "OK", null, null, null);
  }
}
