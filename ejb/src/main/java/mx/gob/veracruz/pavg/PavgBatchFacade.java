package mx.gob.veracruz.pavg;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.AuditTrail;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.pavg.internal.Cases;
import mx.gob.veracruz.pavg.internal.PavgRepository;
import mx.gob.veracruz.pavg.internal.PavgSettings;

/**
 * What PAVG's jobs call: the key rotation (ids still sealed with another key, and re-sealing a
 * chunk of them) and the retention purge. Only the batch module depends on it (ArchUnit in web);
 * nothing here returns content.
 */
@Stateless
@PermitAll
public class PavgBatchFacade {
  @Inject private PavgRepository repo;
  @Inject private Cases cases;
  @Inject private PavgSettings settings;
  @Inject private AuditTrail audit;
  @Inject private CityClock clock;

  /** The sealed tables, in the order the rotation walks them. */
  public List<String> sealedTables() {
    return PavgRepository.SEALED_TABLES;
  }

  public String currentKey() {
    return cases.sealer().currentKeyId();
  }

  /** Up to {@code max} ids of {@code table} after {@code afterId} sealed with another key. */
  public List<Long> staleIds(String table, long afterId, int max) {
    return repo.staleIds(table, currentKey(), afterId, max);
  }

  /** Re-seals the rows {@code TABLE:id} with the current key (the chunk's transaction). */
  public int rekey(List<String> items) {
    int n = 0;
    for (String item : items) {
      int colon = item.indexOf(':');
      if (cases.reseal(item.substring(0, colon), Long.parseLong(item.substring(colon + 1)))) {
        n++;
      }
    }
    audit.record(
        "sistema",
        "pavg.llaves.rotar",
        "PavgKey",
        currentKey(),
        AuditOutcome.OK,
        n + " filas selladas de nuevo");
    return n;
  }

  /** Rows per key id over every sealed table. */
  public Map<String, Long> rowsByKey() {
    return repo.rowsByKey();
  }

  public long rowsNotSealedWithCurrent() {
    return repo.countNotSealedWith(currentKey());
  }

  /**
   * Purges up to {@code max} expired closed cases in its own transaction; returns how many. Each
   * purge is on the audit trail (who, when, which id: nothing else remains).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeCases(LocalDate today, int max) {
    List<Long> ids = new ArrayList<>(repo.expiredCases(today, max));
    for (Long id : ids) {
      repo.deleteCase(id);
      audit.record(
          "sistema",
          "pavg.retencion.purgar",
          "PavgCase",
          String.valueOf(id),
          AuditOutcome.OK,
          "plazo de conservación vencido");
    }
    return ids.size();
  }

  /** Expired ARCO requests and break-glass records older than their period. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int[] purgeRecords(LocalDate today) {
    int arcos = repo.deleteExpiredArcos(today);
    long before =
        today
            .minusDays(settings.accessRetentionDays())
            .atStartOfDay(CityClock.ZONE)
            .toInstant()
            .toEpochMilli();
    int accesses = repo.deleteAccessesBefore(before);
    if (arcos + accesses > 0) {
      audit.record(
          "sistema",
          "pavg.retencion.purgar",
          "PavgArco",
          null,
          AuditOutcome.OK,
          arcos + " solicitudes ARCO, " + accesses + " accesos excepcionales");
    }
    return new int[] {arcos, accesses};
  }

  public LocalDate today() {
    return clock.today();
  }
}
