package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.common.model.Colonia;

/** The municipality's geography (colonias with postal codes); public reference data. */
@Stateless
@PermitAll
public class GeographyFacade {
  @Inject private mx.gob.veracruz.common.internal.GeographyRepository geography;

  public List<ColoniaInfo> colonias() {
    return geography.colonias().stream().map(GeographyFacade::info).toList();
  }

  public Optional<ColoniaInfo> colonia(Long id) {
    return Optional.ofNullable(id == null ? null : geography.colonia(id))
        .map(GeographyFacade::info);
  }

  private static ColoniaInfo info(Colonia c) {
    return new ColoniaInfo(c.getId(), c.getNombre(), c.getCodigoPostal());
  }
}
