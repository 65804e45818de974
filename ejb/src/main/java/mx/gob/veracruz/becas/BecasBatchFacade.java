package mx.gob.veracruz.becas;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.becas.internal.BecasRepository;
import mx.gob.veracruz.becas.internal.Disbursements;
import mx.gob.veracruz.becas.model.BecaDispersion;

/** The dispersion job's calls (a job has no caller role); the web never uses it. */
@Stateless
@PermitAll
public class BecasBatchFacade {
  @Inject private BecasRepository repo;
  @Inject private Disbursements disbursements;

  /** Beneficiaries of the dispersion's call after {@code afterId}, in id order. */
  public List<Long> beneficiariesAfter(String dispersionFolio, long afterId, int max) {
    BecaDispersion d = disbursements.dispersion(dispersionFolio);
    return repo.beneficiariesAfter(d.getConvocatoriaId(), afterId, max);
  }

  /** One chunk's orders, in the chunk's transaction. */
  public int order(String dispersionFolio, List<Long> solicitudIds) {
    return disbursements.order(dispersionFolio, solicitudIds);
  }

  /** The bank file; returns {orders, total in cents}. */
  public long[] writeFile(String dispersionFolio) {
    BecaDispersion d = disbursements.writeFile(dispersionFolio);
    return new long[] {d.getOrders(), d.getTotal().movePointRight(2).longValueExact()};
  }
}
