package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.common.model.Colonia;

/** The municipality's geography (colonias with postal codes); public reference data. */
@Stateless
@PermitAll
public class GeographyFacade {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public List<ColoniaInfo> colonias() {
    return em.createNamedQuery("Colonia.findAll", Colonia.class).getResultList().stream()
        .map(GeographyFacade::info).toList();
  }

  public Optional<ColoniaInfo> colonia(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Colonia.class, id)).map(GeographyFacade::info);
  }

  private static ColoniaInfo info(Colonia c) {
    return new ColoniaInfo(c.getId(), c.getNombre(), c.getCodigoPostal());
  }
}
