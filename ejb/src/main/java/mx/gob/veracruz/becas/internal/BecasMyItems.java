package mx.gob.veracruz.becas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.becas.model.Convocatoria;
import mx.gob.veracruz.common.CitizenScope;
import mx.gob.veracruz.common.MyItem;
import mx.gob.veracruz.common.MyItemsContributor;

/** Becas' part of "mis trámites": the applications the account filed, each linked to its page. */
@ApplicationScoped
public class BecasMyItems implements MyItemsContributor {
  @Inject private BecasRepository repo;

  @Override
  public String module() {
    return Becas.MODULE;
  }

  @Override
  public int order() {
    return 16;
  }

  @Override
  public List<MyItem> itemsOf(CitizenScope scope) {
    return repo.ofAccount(scope.accountId()).stream()
        .map(
            s -> {
              Convocatoria c = repo.find(Convocatoria.class, s.getConvocatoriaId());
              return new MyItem(
                  Becas.MODULE,
                  "SOLICITUD",
                  s.getFolio(),
                  c.getName() + " — " + s.getStudentName(),
                  s.getStatus(),
                  Becas.statusLabel(s.getStatus()),
                  s.getFiledAt(),
                  null,
                  "/mi/beca-solicitud.xhtml?folio=" + s.getFolio());
            })
        .toList();
  }
}
