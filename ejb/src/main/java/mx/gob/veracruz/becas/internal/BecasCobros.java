package mx.gob.veracruz.becas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.veracruz.cobros.CobroDestino;
import mx.gob.veracruz.cobros.CobroPagado;

/** Becas as a client of cobros: a refund (reintegro) paid by any channel is recorded. */
@ApplicationScoped
public class BecasCobros implements CobroDestino {
  @Inject private Becas becas;

  @Override
  public String module() {
    return Becas.MODULE;
  }

  @Override
  public void paid(CobroPagado p) {
    becas.refundPaid(p.folio(), p.paidAt());
  }
}
