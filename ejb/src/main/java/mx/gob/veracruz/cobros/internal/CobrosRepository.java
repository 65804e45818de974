package mx.gob.veracruz.cobros.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.cobros.model.Cobro;
import mx.gob.veracruz.cobros.model.ConceptoIngreso;

/** Charges and revenue concepts. A charge being paid is read with a write lock. */
@ApplicationScoped
public class CobrosRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<ConceptoIngreso> concept(String code) {
    return Optional.ofNullable(code == null ? null : em.find(ConceptoIngreso.class, code));
  }

  public List<ConceptoIngreso> activeConcepts() {
    return em.createNamedQuery("ConceptoIngreso.active", ConceptoIngreso.class).getResultList();
  }

  public Optional<Cobro> byFolio(String folio) {
    return one("Cobro.byFolio", "folio", folio, false);
  }

  public Optional<Cobro> lockByFolio(String folio) {
    return one("Cobro.byFolio", "folio", folio, true);
  }

  public Optional<Cobro> lockByReferencia(String referencia) {
    return one("Cobro.byReferencia", "referencia", referencia, true);
  }

  public Optional<Cobro> lockByChargeId(String chargeId) {
    return one("Cobro.byChargeId", "chargeId", chargeId, true);
  }

  public Optional<Cobro> byChargeId(String chargeId) {
    return one("Cobro.byChargeId", "chargeId", chargeId, false);
  }

  public Optional<Cobro> byReceipt(String receipt) {
    return one("Cobro.byReceipt", "receipt", receipt, false);
  }

  public List<Cobro> bySubject(String module, String subject) {
    return em.createNamedQuery("Cobro.bySubject", Cobro.class)
        .setParameter("module", module)
        .setParameter("subject", subject)
        .getResultList();
  }

  private Optional<Cobro> one(String query, String param, String value, boolean lock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    var q = em.createNamedQuery(query, Cobro.class).setParameter(param, value);
    if (lock) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultStream().findFirst();
  }
}
