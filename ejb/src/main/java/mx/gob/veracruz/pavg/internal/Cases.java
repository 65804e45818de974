package mx.gob.veracruz.pavg.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.pavg.CaseDetail;
import mx.gob.veracruz.pavg.CaseSummary;
import mx.gob.veracruz.pavg.PavgCodes.CaseStatus;
import mx.gob.veracruz.pavg.model.PavgAccess;
import mx.gob.veracruz.pavg.model.PavgCase;
import mx.gob.veracruz.pavg.model.PavgDocument;
import mx.gob.veracruz.pavg.model.PavgEntry;

/** Sealing and opening a case's parts, and the views built from them. */
@ApplicationScoped
public class Cases {
  public static final String CASE = "PAVG_CASE";
  public static final String ENTRY = "PAVG_ENTRY";
  public static final String DOCUMENT = "PAVG_DOCUMENT";
  public static final String ACCESS = "PAVG_ACCESS";
  public static final String ARCO = "PAVG_ARCO";

  /** Capitals and digits that read aloud without confusion (no 0/O, 1/I). */
  private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private Sealer sealer;
  @Inject private PavgRepository repo;
  @Inject private GeographyFacade geography;

  /** A tracking code: 10 characters of a 32-letter alphabet (50 bits), shown as XXXXX-XXXXX. */
  public static String newCode() {
    StringBuilder s = new StringBuilder(11);
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        s.append('-');
      }
      s.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
    }
    return s.toString();
  }

  /** A 6-digit PIN. */
  public static String newPin() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  public static String normalizeCode(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  public static String categories(List<String> codes) {
    return "," + String.join(",", new LinkedHashSet<>(codes)) + ",";
  }

  public static List<String> categories(String stored) {
    return Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty()).toList();
  }

  // ---- sealing ---------------------------------------------------------------------------------

  public void seal(PavgCase c, Map<String, String> content) {
    Sealer.Sealed s = sealer.seal(CASE, c.getId(), content);
    c.setKeyId(s.keyId());
    c.setSealed(s.text());
  }

  public Map<String, String> content(PavgCase c) {
    return sealer.open(CASE, c.getId(), c.getKeyId(), c.getSealed());
  }

  public PavgEntry entry(Long caseId, String kind, String actor, long now, Map<String, String> f) {
    PavgEntry e = new PavgEntry();
    e.setCaseId(caseId);
    e.setKind(kind);
    e.setActor(actor);
    e.setAtMillis(now);
    e.setKeyId("-");
    e.setSealed("-");
    repo.persist(e);
    Sealer.Sealed s = sealer.seal(ENTRY, e.getId(), f);
    e.setKeyId(s.keyId());
    e.setSealed(s.text());
    return e;
  }

  public Map<String, String> open(PavgEntry e) {
    return sealer.open(ENTRY, e.getId(), e.getKeyId(), e.getSealed());
  }

  public PavgAccess access(Long caseId, String user, long now, long until, String reason) {
    PavgAccess a = new PavgAccess();
    a.setCaseId(caseId);
    a.setUsername(user);
    a.setAtMillis(now);
    a.setUntilMillis(until);
    a.setKeyId("-");
    a.setSealed("-");
    repo.persist(a);
    Sealer.Sealed s = sealer.seal(ACCESS, a.getId(), Map.of("reason", reason));
    a.setKeyId(s.keyId());
    a.setSealed(s.text());
    return a;
  }

  public PavgDocument document(
      Long caseId, String actor, long now, String name, String type, byte[] bytes) {
    PavgDocument d = new PavgDocument();
    d.setCaseId(caseId);
    d.setActor(actor);
    d.setAtMillis(now);
    d.setSizeBytes(bytes.length);
    d.setKeyId("-");
    d.setSealed("-");
    d.setContent(new byte[0]);
    repo.persist(d);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("name", name);
    meta.put("type", type);
    Sealer.Sealed s = sealer.seal(DOCUMENT, d.getId(), meta);
    d.setKeyId(s.keyId());
    d.setSealed(s.text());
    d.setContent(sealer.sealBytes(DOCUMENT, d.getId(), s.keyId(), bytes));
    return d;
  }

  public Map<String, String> meta(PavgDocument d) {
    return sealer.open(DOCUMENT, d.getId(), d.getKeyId(), d.getSealed());
  }

  public byte[] bytes(PavgDocument d) {
    return sealer.openBytes(DOCUMENT, d.getId(), d.getKeyId(), d.getContent());
  }

  // ---- views -----------------------------------------------------------------------------------

  public String coloniaName(Long id) {
    return id == null ? null : geography.colonia(id).map(c -> c.nombre()).orElse(null);
  }

  public static boolean overdue(PavgCase c, long now) {
    return c.getProtectionAtMillis() == null
        && !CaseStatus.CERRADO.name().equals(c.getStatus())
        && c.getProtectionDueMillis() < now;
  }

  public CaseSummary summary(PavgCase c, List<String> assignees, long now) {
    return new CaseSummary(
        c.getId(),
        c.getFolio(),
        c.getStatus(),
        c.getChannel(),
        categories(c.getCategories()),
        c.isDanger(),
        c.getRiskLevel(),
        coloniaName(c.getColoniaId()),
        Instant.ofEpochMilli(c.getReceivedAtMillis()),
        Instant.ofEpochMilli(c.getProtectionDueMillis()),
        c.getProtectionAtMillis() == null ? null : Instant.ofEpochMilli(c.getProtectionAtMillis()),
        overdue(c, now),
        assignees == null ? "" : String.join(", ", assignees));
  }

  public CaseDetail detail(PavgCase c, long now, boolean viaBreakGlass) {
    Map<String, String> f = content(c);
    Set<String> riskYes =
        f.get("riskYes") == null || f.get("riskYes").isEmpty()
            ? Set.of()
            : Arrays.stream(f.get("riskYes").split(",")).collect(Collectors.toSet());
    long left = (c.getProtectionDueMillis() - now) / 60_000L;
    return new CaseDetail(
        c.getId(),
        c.getFolio(),
        c.getStatus(),
        c.getChannel(),
        c.getAbout(),
        categories(c.getCategories()),
        c.getOccurredOn(),
        coloniaName(c.getColoniaId()),
        c.isDanger(),
        Instant.ofEpochMilli(c.getReceivedAtMillis()),
        new CaseDetail.Clock(
            Instant.ofEpochMilli(c.getProtectionDueMillis()),
            c.getProtectionAtMillis() == null
                ? null
                : Instant.ofEpochMilli(c.getProtectionAtMillis()),
            overdue(c, now),
            left),
        c.getRiskLevel(),
        riskYes,
        new CaseDetail.Content(
            f.get("name"),
            f.get("victimName"),
            f.get("phone"),
            f.get("email"),
            f.get("contactChannel"),
            f.get("contactHours"),
            f.get("safeWord"),
            f.get("place"),
            f.get("lat"),
            f.get("lon"),
            f.get("aggressor"),
            f.get("narrative")),
        repo.entries(c.getId()).stream()
            .map(
                e ->
                    new CaseDetail.Entry(
                        e.getId(),
                        e.getKind(),
                        Instant.ofEpochMilli(e.getAtMillis()),
                        e.getActor(),
                        open(e)))
            .toList(),
        repo.assignments(c.getId()).stream()
            .map(
                a ->
                    new CaseDetail.Assignment(
                        a.getUsername(),
                        Instant.ofEpochMilli(a.getAssignedAtMillis()),
                        a.getAssignedBy(),
                        a.isActive()))
            .toList(),
        repo.accesses(c.getId()).stream()
            .map(
                a ->
                    new CaseDetail.Access(
                        a.getUsername(),
                        Instant.ofEpochMilli(a.getAtMillis()),
                        Instant.ofEpochMilli(a.getUntilMillis()),
                        sealer.open(ACCESS, a.getId(), a.getKeyId(), a.getSealed()).get("reason")))
            .toList(),
        repo.documents(c.getId()).stream()
            .map(
                d -> {
                  Map<String, String> m = meta(d);
                  return new CaseDetail.Document(
                      d.getId(),
                      m.get("name"),
                      m.get("type"),
                      d.getSizeBytes(),
                      Instant.ofEpochMilli(d.getAtMillis()),
                      d.getActor());
                })
            .toList(),
        c.getCloseReason(),
        c.getClosedAtMillis() == null ? null : Instant.ofEpochMilli(c.getClosedAtMillis()),
        viaBreakGlass);
  }

  /** Re-seals one row of a table with the current key (the rotation job); false if gone. */
  public boolean reseal(String table, long id) {
    switch (table) {
      case CASE -> {
        PavgCase c = repo.find(PavgCase.class, id);
        if (c == null) {
          return false;
        }
        seal(c, content(c));
      }
      case ENTRY -> {
        PavgEntry e = repo.find(PavgEntry.class, id);
        if (e == null) {
          return false;
        }
        Sealer.Sealed s = sealer.seal(ENTRY, id, open(e));
        e.setKeyId(s.keyId());
        e.setSealed(s.text());
      }
      case ACCESS -> {
        PavgAccess a = repo.find(PavgAccess.class, id);
        if (a == null) {
          return false;
        }
        Sealer.Sealed s =
            sealer.seal(ACCESS, id, sealer.open(ACCESS, id, a.getKeyId(), a.getSealed()));
        a.setKeyId(s.keyId());
        a.setSealed(s.text());
      }
      case DOCUMENT -> {
        PavgDocument d = repo.find(PavgDocument.class, id);
        if (d == null) {
          return false;
        }
        byte[] plain = bytes(d);
        Sealer.Sealed s = sealer.seal(DOCUMENT, id, meta(d));
        d.setKeyId(s.keyId());
        d.setSealed(s.text());
        d.setContent(sealer.sealBytes(DOCUMENT, id, s.keyId(), plain));
      }
      case ARCO -> {
        var a = repo.find(mx.gob.veracruz.pavg.model.PavgArco.class, id);
        if (a == null) {
          return false;
        }
        Sealer.Sealed s = sealer.seal(ARCO, id, sealer.open(ARCO, id, a.getKeyId(), a.getSealed()));
        a.setKeyId(s.keyId());
        a.setSealed(s.text());
      }
      default -> throw new IllegalArgumentException(table);
    }
    return true;
  }

  public Sealer sealer() {
    return sealer;
  }
}
