package mx.gob.veracruz.common.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.model.Folio;

/**
 * Issues folios ({@code SIRC-2026-000123}) from one counter row per type and year. Each number is
 * taken in its own transaction: a rolled-back case leaves a gap, never a reused folio. The UPDATE
 * locks the row, so concurrent callers (on any instance) queue on the database.
 */
@Stateless
@PermitAll
public class FolioService {
  @Inject private FolioRepository counters;

  @Resource private SessionContext context;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Folio next(String type, int year) {
    Folio.parse(type + "-" + year + "-000001"); // validates type and year before touching the DB
    // Create a missing counter in its own transaction *before* any UPDATE here: on InnoDB an UPDATE
    // that matches no row takes a gap lock, which would block the insert of a concurrent caller.
    if (!counters.counterExists(type, year)) {
      try {
        context.getBusinessObject(FolioService.class).createCounter(type, year);
      } catch (EJBException raceLost) {
        // Another caller created the row first: its insert won, ours rolled back; just go on.
      }
    }
    if (counters.increment(type, year) == 0) {
      throw new IllegalStateException("No existe el contador de folios " + type + "-" + year);
    }
    long number = counters.lastNumber(type, year);
    return new Folio(type, year, number);
  }

  /**
   * Reserves {@code count} consecutive numbers in one short transaction (bulk work such as the
   * nightly reconciliation); numbers a caller does not use are skipped, never reused.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public java.util.List<Folio> reserve(String type, int year, int count) {
    Folio.parse(type + "-" + year + "-000001");
    if (!counters.counterExists(type, year)) {
      try {
        context.getBusinessObject(FolioService.class).createCounter(type, year);
      } catch (EJBException raceLost) {
        // created by a concurrent caller
      }
    }
    counters.advance(type, year, count);
    long last = counters.lastNumber(type, year);
    java.util.List<Folio> out = new java.util.ArrayList<>();
    for (long n = last - count + 1; n <= last; n++) {
      out.add(new Folio(type, year, n));
    }
    return out;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createCounter(String type, int year) {
    counters.createCounter(type, year);
  }
}
