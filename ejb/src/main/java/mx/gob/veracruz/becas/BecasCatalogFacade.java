package mx.gob.veracruz.becas;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.becas.internal.Becas;
import mx.gob.veracruz.becas.internal.BecasRepository;
import mx.gob.veracruz.becas.model.Convocatoria;
import mx.gob.veracruz.common.BusinessRuleException;

/** The public side: published calls, their rules in Spanish and, once decided, the results. */
@Stateless
@PermitAll
public class BecasCatalogFacade {
  @Inject private BecasRepository repo;
  @Inject private Becas becas;

  public List<ConvocatoriaView> calls(int first, int max) {
    return repo.calls(true, first, Math.min(max, 200)).stream().map(becas::publicView).toList();
  }

  public long countCalls() {
    return repo.countCalls(true);
  }

  /** A published call; a draft is "not found", as a typo is. */
  public ConvocatoriaView call(String code) {
    return becas.publicView(published(code));
  }

  /** The ranked list, without names or CURPs (initials only if the call allows). */
  public List<RankedEntry> results(String code) {
    return becas.publishedList(published(code));
  }

  private Convocatoria published(String code) {
    Convocatoria c = becas.call(code);
    if ("BORRADOR".equals(c.getStatus())) {
      throw new BusinessRuleException(
          "convocatoria-no-encontrada", "convocatoria", "No existe esa convocatoria");
    }
    return c;
  }
}
