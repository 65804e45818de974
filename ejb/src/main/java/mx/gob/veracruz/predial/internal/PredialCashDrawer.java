package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.veracruz.cobros.CashDrawer;
import mx.gob.veracruz.common.CityClock;

/** Predial's caja is the municipal counter: other modules' cash joins its sessions and cuts. */
@ApplicationScoped
public class PredialCashDrawer implements CashDrawer {
  @Inject private CashDesk desk;
  @Inject private CityClock clock;

  @Override
  public long openSessionOf(String cashier) {
    return desk.openSessionOf(cashier, clock.today()).getId();
  }
}
