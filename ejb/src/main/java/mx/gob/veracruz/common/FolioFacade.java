package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.internal.FolioService;

/**
 * Human-readable folios for citizen-facing cases. Open to every caller: anonymous portal flows (a
 * citizen's report) need folios too; the domain facade that calls it enforces its own roles.
 */
@Stateless
@PermitAll
public class FolioFacade {
  @Inject private FolioService folios;
  @Inject private CityClock clock;

  /** The next folio of {@code type} for the current year in Veracruz's time zone. */
  public String next(String type) {
    return folios.next(type, clock.today().getYear()).toString();
  }

  /** {@code count} consecutive folios reserved at once (unused ones are skipped, never reused). */
  public java.util.List<String> reserve(String type, int count) {
    return folios.reserve(type, clock.today().getYear(), count).stream()
        .map(Object::toString)
        .toList();
  }
}
