package mx.gob.veracruz.common.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Tamper evidence for the audit trail: each entry stores the SHA-256 of the previous entry's hash
 * plus its own canonical content, so editing, deleting, inserting or reordering a stored entry
 * breaks the chain at (or right after) that entry.
 *
 * <p>Limits, by design of any hash chain: whoever can rewrite the whole tail can recompute it, and
 * deleting the newest entries leaves a shorter valid chain. Both are caught only by comparing
 * {@link Verifier#lastHash()} with a head hash anchored outside the database (e.g. published
 * daily).
 *
 * <p>Writers must append one entry at a time (serialised, e.g. under a lock on the chain head),
 * with consecutive sequences: the sequence, not the database id, reveals deletions, because
 * identity columns legitimately skip values after rollbacks.
 */
public final class AuditHashChain {

  /** The previous hash of the very first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHashChain() {}

  /** Lowercase hex SHA-256 of {@code previousHash + "\n" + content.canonical()} in UTF-8. */
  public static String hash(String previousHash, AuditEntryContent content) {
    Objects.requireNonNull(previousHash, "previousHash");
    String text = previousHash + "\n" + content.canonical();
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The link to store for {@code content} after the entry whose hash is {@code previousHash}. */
  public static ChainLink link(long id, AuditEntryContent content, String previousHash) {
    return new ChainLink(id, content, previousHash, hash(previousHash, content));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest javadoc), so this is a broken JRE.
      throw new IllegalStateException("SHA-256 no disponible", e);
    }
  }

  /**
   * One stored audit row as read back: hashes are whatever the database holds, possibly altered or
   * null, which is exactly what the {@link Verifier} checks.
   */
  public record ChainLink(long id, AuditEntryContent content, String previousHash, String hash) {}

  /**
   * Outcome of a verification. {@code checked} counts the links found intact before the first
   * broken one; {@code brokenAtId} and the Spanish {@code reason} are null when the chain is valid.
   */
  public record VerificationResult(boolean valid, long checked, Long brokenAtId, String reason) {}

  /**
   * Checks links streamed in id order, keeping only the previous link's id, sequence and hash, so a
   * chain of millions of rows verifies in constant memory (read it with keyset paging). Stops at
   * the first break: later links are ignored, since their context can no longer be trusted.
   */
  public static final class Verifier {
    private final String expectedFirstPrevious;
    private Long lastId;
    private long lastSequence;
    private String lastHash;
    private long checked;
    private Long brokenAtId;
    private String reason;

    /**
     * @param expectedFirstPrevious {@link #GENESIS} to verify from the start; the stored hash of
     *     the link before the first one streamed, to verify a later window; null to trust the first
     *     link's previous hash (a weaker check, for spot checks only)
     */
    public Verifier(String expectedFirstPrevious) {
      this.expectedFirstPrevious = expectedFirstPrevious;
    }

    /** Checks the next link; false once the chain is broken (at this or an earlier link). */
    public boolean accept(ChainLink link) {
      if (brokenAtId != null) {
        return false;
      }
      Optional<String> problem = findProblem(link);
      if (problem.isPresent()) {
        brokenAtId = link.id();
        reason = problem.get();
        return false;
      }
      lastId = link.id();
      lastSequence = link.content().sequence();
      lastHash = link.hash();
      checked++;
      return true;
    }

    /** The result so far; an empty stream is a valid chain with zero links checked. */
    public VerificationResult result() {
      return new VerificationResult(brokenAtId == null, checked, brokenAtId, reason);
    }

    /**
     * Hash of the last intact link (null if none), to compare with an externally anchored head: the
     * only way to notice that the newest entries were deleted or the whole tail rewritten.
     */
    public String lastHash() {
      return lastHash;
    }

    // Order matters for the message: structural breaks (order, sequence) name a deletion or
    // insertion more precisely than the hash mismatch they also cause.
    private Optional<String> findProblem(ChainLink link) {
      if (link.content() == null) {
        return Optional.of("El registro " + link.id() + " no tiene contenido");
      }
      // No check on id order: ids come from per-instance allocation blocks, so in a cluster a
      // later record may carry a smaller id. SEQ (unique, gap-free) and the hashes order the chain.
      long sequence = link.content().sequence();
      if (lastId != null && sequence != lastSequence + 1) {
        return Optional.of(
            "Secuencia interrumpida: se esperaba "
                + (lastSequence + 1)
                + " y se encontró "
                + sequence
                + " (registro eliminado, insertado o reordenado)");
      }
      String expectedPrevious = lastId == null ? expectedFirstPrevious : lastHash;
      if (link.previousHash() == null
          || expectedPrevious != null && !expectedPrevious.equals(link.previousHash())) {
        return Optional.of(
            "El hash anterior no coincide con el del registro previo"
                + " (registro eliminado, insertado o reordenado)");
      }
      if (!hash(link.previousHash(), link.content()).equals(link.hash())) {
        return Optional.of(
            "El contenido del registro no coincide con su hash"
                + " (registro modificado o hash alterado)");
      }
      return Optional.empty();
    }
  }
}
