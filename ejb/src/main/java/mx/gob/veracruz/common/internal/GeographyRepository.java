package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.gob.veracruz.common.model.Colonia;

/** The municipality's colonias. */
@ApplicationScoped
public class GeographyRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public List<Colonia> colonias() {
    return em.createNamedQuery("Colonia.findAll", Colonia.class).getResultList();
  }

  public Colonia colonia(Long id) {
    return em.find(Colonia.class, id);
  }

  public long count() {
    return em.createNamedQuery("Colonia.count", Long.class).getSingleResult();
  }

  public void persist(Colonia colonia) {
    em.persist(colonia);
  }
}
