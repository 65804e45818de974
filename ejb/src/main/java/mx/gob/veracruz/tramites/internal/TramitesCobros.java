package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.veracruz.cobros.CobroDestino;
import mx.gob.veracruz.cobros.CobroPagado;

/** Trámites as a client of cobros: a paid fee starts the case's legal term. */
@ApplicationScoped
public class TramitesCobros implements CobroDestino {
  @Inject private Cases cases;

  @Override
  public String module() {
    return Cases.MODULE;
  }

  @Override
  public void paid(CobroPagado p) {
    cases.paid(p.folio(), p.receiptFolio(), p.paidAt());
  }
}
