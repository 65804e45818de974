package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.gob.veracruz.common.model.Dependencia;

/** The municipal departments. */
@ApplicationScoped
public class DependenciaRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public List<Dependencia> all() {
    return em.createNamedQuery("Dependencia.findAll", Dependencia.class).getResultList();
  }

  public java.util.Optional<Dependencia> byClave(String clave) {
    return em.createNamedQuery("Dependencia.findByClave", Dependencia.class)
        .setParameter("clave", clave)
        .getResultStream()
        .findFirst();
  }

  public void persist(Dependencia dependencia) {
    em.persist(dependencia);
  }
}
