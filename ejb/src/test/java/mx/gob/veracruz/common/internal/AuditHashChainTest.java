package mx.gob.veracruz.common.internal;

import static mx.gob.veracruz.common.internal.AuditHashChain.GENESIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.common.internal.AuditHashChain.ChainLink;
import mx.gob.veracruz.common.internal.AuditHashChain.VerificationResult;
import mx.gob.veracruz.common.internal.AuditHashChain.Verifier;
import org.junit.jupiter.api.Test;

class AuditHashChainTest {

  private static final String CONTENT_MISMATCH =
      "El contenido del registro no coincide con su hash (registro modificado o hash alterado)";
  private static final String PREVIOUS_MISMATCH =
      "El hash anterior no coincide con el del"
          + " registro previo (registro eliminado, insertado o reordenado)";

  @Test
  void genesisIsSixtyFourZeros() {
    assertThat(GENESIS).hasSize(64).matches("0+");
  }

  @Test
  void hashIsLowercaseHexSha256OfPreviousNewlineCanonical() {
    // Expected value computed outside Java: sha256(("0" * 64 + "\n" + canonical).encode("utf-8")).
    assertThat(AuditHashChain.hash(GENESIS, AuditEntryContentTest.sample()))
        .isEqualTo("201c420689ee3b4d0aee4a3f63d64207689983e681f3923f1d6285af47b9def2");
  }

  @Test
  void validChainOfThousandLinksVerifies() {
    List<ChainLink> chain = chain(1000);
    Verifier verifier = verify(GENESIS, chain);
    assertThat(verifier.result()).isEqualTo(new VerificationResult(true, 1000, null, null));
    assertThat(verifier.lastHash()).isEqualTo(chain.get(999).hash());
  }

  @Test
  void emptyChainIsValid() {
    Verifier verifier = new Verifier(GENESIS);
    assertThat(verifier.result()).isEqualTo(new VerificationResult(true, 0, null, null));
    assertThat(verifier.lastHash()).isNull();
  }

  @Test
  void detectsEditedContent() {
    List<ChainLink> chain = chain(1000);
    ChainLink original = chain.get(500);
    AuditEntryContent c = original.content();
    AuditEntryContent edited =
        new AuditEntryContent(
            c.sequence(),
            c.occurredAt(),
            c.actor(),
            c.action(),
            c.entityType(),
            c.entityId(),
            "DENIED",
            c.correlationId(),
            c.clientAddress(),
            c.detail());
    chain.set(500, new ChainLink(original.id(), edited, original.previousHash(), original.hash()));
    assertBroken(chain, 500, original.id(), CONTENT_MISMATCH);
  }

  @Test
  void detectsEditedHash() {
    List<ChainLink> chain = chain(1000);
    ChainLink original = chain.get(300);
    String forged = original.hash().substring(1) + "0";
    chain.set(
        300, new ChainLink(original.id(), original.content(), original.previousHash(), forged));
    assertBroken(chain, 300, original.id(), CONTENT_MISMATCH);
  }

  @Test
  void detectsEditedContentWithRecomputedHashAtTheNextLink() {
    List<ChainLink> chain = chain(1000);
    ChainLink original = chain.get(700);
    AuditEntryContent c = original.content();
    AuditEntryContent edited =
        new AuditEntryContent(
            c.sequence(),
            c.occurredAt(),
            "intruso",
            c.action(),
            c.entityType(),
            c.entityId(),
            c.outcome(),
            c.correlationId(),
            c.clientAddress(),
            c.detail());
    chain.set(700, AuditHashChain.link(original.id(), edited, original.previousHash()));
    assertBroken(chain, 701, chain.get(701).id(), PREVIOUS_MISMATCH);
  }

  @Test
  void detectsDeletedRowBySequenceGap() {
    List<ChainLink> chain = chain(1000);
    chain.remove(500);
    assertBroken(
        chain,
        500,
        chain.get(500).id(),
        "Secuencia interrumpida: se esperaba 501 y se"
            + " encontró 502 (registro eliminado, insertado o reordenado)");
  }

  @Test
  void detectsDeletedRowEvenWhenLaterSequencesAreRenumbered() {
    List<ChainLink> chain = chain(10);
    chain.remove(4);
    for (int i = 4; i < chain.size(); i++) {
      ChainLink link = chain.get(i);
      chain.set(
          i,
          new ChainLink(
              link.id(), withSequence(link.content(), i + 1), link.previousHash(), link.hash()));
    }
    assertBroken(chain, 4, chain.get(4).id(), PREVIOUS_MISMATCH);
  }

  @Test
  void detectsDeletedFirstRow() {
    List<ChainLink> chain = chain(10);
    chain.remove(0);
    assertBroken(chain, 0, chain.get(0).id(), PREVIOUS_MISMATCH);
  }

  @Test
  void detectsRowsSwappedBetweenIds() {
    List<ChainLink> chain = chain(1000);
    ChainLink a = chain.get(400);
    ChainLink b = chain.get(401);
    chain.set(400, new ChainLink(a.id(), b.content(), b.previousHash(), b.hash()));
    chain.set(401, new ChainLink(b.id(), a.content(), a.previousHash(), a.hash()));
    assertBroken(
        chain,
        400,
        a.id(),
        "Secuencia interrumpida: se esperaba 401 y se encontró 402"
            + " (registro eliminado, insertado o reordenado)");
  }

  @Test
  void acceptsIdsOutOfOrderAsAClusterAllocatesThem() {
    // Two instances take id blocks 100.. and 200..: records interleave by SEQ, not by id.
    List<ChainLink> chain = chain(10);
    ChainLink a = chain.get(3);
    ChainLink b = chain.get(4);
    chain.set(3, new ChainLink(b.id(), a.content(), a.previousHash(), a.hash()));
    chain.set(4, new ChainLink(a.id(), b.content(), b.previousHash(), b.hash()));
    AuditHashChain.Verifier v = new AuditHashChain.Verifier(AuditHashChain.GENESIS);
    chain.forEach(v::accept);
    assertThat(v.result().valid()).isTrue();
  }

  @Test
  void detectsTheSameRowReadTwice() {
    List<ChainLink> chain = chain(10);
    chain.add(6, chain.get(5));
    assertBroken(
        chain,
        6,
        chain.get(5).id(),
        "Secuencia interrumpida: se esperaba 7 y se encontró 6"
            + " (registro eliminado, insertado o reordenado)");
  }

  @Test
  void detectsInsertedRowWithValidHashAtTheFollowingRow() {
    List<ChainLink> chain = chain(1000);
    ChainLink before = chain.get(600);
    ChainLink after = chain.get(601);
    AuditEntryContent forged =
        new AuditEntryContent(
            602,
            after.content().occurredAt(),
            "intruso",
            "predial.adeudo.cancelar",
            "Adeudo",
            "77",
            "OK",
            null,
            null,
            "insertado");
    chain.add(601, AuditHashChain.link(before.id() + 1, forged, before.hash()));
    assertBroken(
        chain,
        602,
        after.id(),
        "Secuencia interrumpida: se esperaba 603 y se encontró"
            + " 602 (registro eliminado, insertado o reordenado)");
  }

  @Test
  void detectsWrongStartOfChain() {
    List<ChainLink> chain = chain(5);
    String otherStart = "f".repeat(64);
    assertBroken(chain, otherStart, 0, chain.get(0).id(), PREVIOUS_MISMATCH);
  }

  @Test
  void verifiesAWindowFromAStoredHash() {
    List<ChainLink> chain = chain(1000);
    List<ChainLink> window = chain.subList(500, 1000);
    assertThat(verify(chain.get(499).hash(), window).result())
        .isEqualTo(new VerificationResult(true, 500, null, null));
    assertThat(verify(null, window).result().valid()).isTrue();
    assertThat(verify(GENESIS, window).result().brokenAtId()).isEqualTo(window.get(0).id());
  }

  @Test
  void truncatedTailIsOnlyVisibleAgainstAnAnchoredHead() {
    List<ChainLink> chain = chain(100);
    String anchoredHead = chain.get(99).hash();
    Verifier verifier = verify(GENESIS, chain.subList(0, 95));
    assertThat(verifier.result().valid()).isTrue();
    assertThat(verifier.lastHash()).isNotEqualTo(anchoredHead);
  }

  @Test
  void staysBrokenAtTheFirstBreak() {
    List<ChainLink> chain = chain(20);
    chain.remove(15);
    chain.remove(5);
    Verifier verifier = new Verifier(GENESIS);
    List<Boolean> answers = new ArrayList<>();
    chain.forEach(link -> answers.add(verifier.accept(link)));
    assertThat(answers.subList(0, 5)).containsOnly(true);
    assertThat(answers.subList(5, answers.size())).containsOnly(false);
    assertThat(verifier.result().brokenAtId()).isEqualTo(chain.get(5).id());
    assertThat(verifier.result().checked()).isEqualTo(5);
  }

  @Test
  void reportsMissingHashesAndContent() {
    List<ChainLink> chain = chain(3);
    ChainLink link = chain.get(1);
    chain.set(1, new ChainLink(link.id(), link.content(), null, link.hash()));
    assertBroken(chain, 1, link.id(), PREVIOUS_MISMATCH);

    chain.set(1, new ChainLink(link.id(), link.content(), link.previousHash(), null));
    assertBroken(chain, 1, link.id(), CONTENT_MISMATCH);

    chain.set(1, new ChainLink(link.id(), null, link.previousHash(), link.hash()));
    assertBroken(chain, 1, link.id(), "El registro " + link.id() + " no tiene contenido");
  }

  /** A chain whose ids have gaps, as identity columns do after rollbacks. */
  private static List<ChainLink> chain(int size) {
    List<ChainLink> links = new ArrayList<>();
    String previous = GENESIS;
    Instant start = Instant.parse("2026-01-02T15:00:00.250Z");
    for (int i = 1; i <= size; i++) {
      AuditEntryContent content =
          new AuditEntryContent(
              i,
              start.plus(Duration.ofSeconds(i)),
              "usuario" + (i % 7),
              "sirc.reporte.actualizar",
              "Reporte",
              String.valueOf(i * 3),
              "OK",
              "corr-" + i,
              "10.0.0." + (i % 250),
              i % 2 == 0 ? null : "detalle " + i);
      ChainLink link = AuditHashChain.link(100L + i * 2L, content, previous);
      links.add(link);
      previous = link.hash();
    }
    return links;
  }

  private static AuditEntryContent withSequence(AuditEntryContent c, long sequence) {
    return new AuditEntryContent(
        sequence,
        c.occurredAt(),
        c.actor(),
        c.action(),
        c.entityType(),
        c.entityId(),
        c.outcome(),
        c.correlationId(),
        c.clientAddress(),
        c.detail());
  }

  private static Verifier verify(String expectedFirstPrevious, List<ChainLink> links) {
    Verifier verifier = new Verifier(expectedFirstPrevious);
    links.forEach(verifier::accept);
    return verifier;
  }

  private static void assertBroken(List<ChainLink> chain, int checked, long id, String reason) {
    assertBroken(chain, GENESIS, checked, id, reason);
  }

  private static void assertBroken(
      List<ChainLink> chain, String start, int checked, long id, String reason) {
    assertThat(verify(start, chain).result())
        .isEqualTo(new VerificationResult(false, checked, id, reason));
  }
}
