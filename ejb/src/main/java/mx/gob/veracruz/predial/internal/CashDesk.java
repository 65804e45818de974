package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.CashSessionView;
import mx.gob.veracruz.predial.model.CajaSesion;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.PaymentStatus;

/** A cashier's day: opened with a float, closed with the cash cut (expected vs counted cash). */
@ApplicationScoped
public class CashDesk {
  @Inject private PredialRepository repo;
  @Inject private mx.gob.veracruz.cobros.CobrosBatchFacade cobros;

  public CashSessionView open(String cashier, LocalDate day, BigDecimal openingCash) {
    if (openingCash == null || openingCash.signum() < 0 || openingCash.scale() > 2) {
      throw new BusinessRuleException(
          "fondo-invalido", "openingCash", "El fondo inicial debe ser un importe ≥ 0");
    }
    if (repo.one(CajaSesion.class, "CajaSesion.byCashierDate", "cashier", cashier, "date", day)
        .isPresent()) {
      throw new BusinessRuleException(
          "caja-ya-abierta", null, "Ya abrió la caja hoy; un corte por cajero y día");
    }
    CajaSesion s = new CajaSesion();
    s.setCashier(cashier);
    s.setBusinessDate(day);
    s.setOpenedAt(Instant.now());
    s.setOpeningCash(openingCash.setScale(2));
    repo.persist(s);
    repo.flush();
    return view(s);
  }

  public CashSessionView current(String cashier, LocalDate day) {
    return repo.one(CajaSesion.class, "CajaSesion.byCashierDate", "cashier", cashier, "date", day)
        .map(this::view)
        .orElse(null);
  }

  public CajaSesion openSessionOf(String cashier, LocalDate day) {
    CajaSesion s =
        repo.one(CajaSesion.class, "CajaSesion.byCashierDate", "cashier", cashier, "date", day)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "caja-cerrada", null, "Abra la caja antes de cobrar"));
    if (s.getClosedAt() != null) {
      throw new BusinessRuleException(
          "caja-cerrada", null, "La caja de hoy ya tiene corte; no admite más cobros");
    }
    return s;
  }

  public CashSessionView close(String cashier, LocalDate day, BigDecimal counted, String notes) {
    CajaSesion s = openSessionOf(cashier, day);
    if (counted == null || counted.signum() < 0 || counted.scale() > 2) {
      throw new BusinessRuleException(
          "efectivo-invalido", "countedCash", "Capture el efectivo contado (≥ 0)");
    }
    CashSessionView v = view(s);
    s.setClosedAt(Instant.now());
    s.setExpectedCash(v.expectedCash());
    s.setCountedCash(counted.setScale(2));
    s.setCardTotal(v.cardTotal());
    s.setPaymentCount(v.paymentCount());
    s.setDifference(counted.setScale(2).subtract(v.expectedCash()));
    s.setNotes(notes == null ? null : notes.trim());
    return view(s);
  }

  public List<CashSessionView> recent(int max) {
    return repo.recentCashSessions(max).stream().map(this::view).toList();
  }

  /**
   * Totals from the payments themselves (cancelled ones excluded), never from a running counter.
   */
  CashSessionView view(CajaSesion s) {
    BigDecimal cash = BigDecimal.ZERO.setScale(2);
    BigDecimal card = BigDecimal.ZERO.setScale(2);
    int count = 0;
    for (Pago p : repo.list(Pago.class, "Pago.bySesion", "sesionId", s.getId())) {
      if (p.getStatus() != PaymentStatus.APLICADO) {
        continue;
      }
      count++;
      if (p.getChannel() == PaymentChannel.CAJA_EFECTIVO) {
        cash = cash.add(p.getAmount());
      } else {
        card = card.add(p.getAmount());
      }
    }
    // the counter's fees, permits and refunds of other modules (cobros) are cash of the same drawer
    var others = cobros.cashTotals(s.getId());
    cash = cash.add(others.cash());
    count += (int) others.count();
    BigDecimal expected =
        s.getClosedAt() != null && s.getExpectedCash() != null
            ? s.getExpectedCash()
            : s.getOpeningCash().add(cash);
    return new CashSessionView(
        s.getId(),
        s.getCashier(),
        s.getBusinessDate(),
        s.getOpenedAt(),
        s.getOpeningCash(),
        s.getClosedAt(),
        cash,
        card,
        count,
        expected,
        s.getCountedCash(),
        s.getDifference(),
        s.getNotes());
  }
}
