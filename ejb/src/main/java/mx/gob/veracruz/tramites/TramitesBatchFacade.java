package mx.gob.veracruz.tramites;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.tramites.internal.Citas;

/** Trámites' timer work (no caller): tomorrow's appointment reminders. Not for pages or the API. */
@Stateless
@PermitAll
public class TramitesBatchFacade {
  @Inject private Citas citas;
  @Inject private CityClock clock;

  public int remindTomorrow() {
    return citas.remind(clock.today().plusDays(1));
  }
}
