package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.common.model.DiaInhabil;

/** The municipality's own non-working days ({@link DiaInhabil}). */
@ApplicationScoped
public class CalendarRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public List<DiaInhabil> between(LocalDate from, LocalDate to) {
    return em.createNamedQuery("DiaInhabil.findBetween", DiaInhabil.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  public Optional<DiaInhabil> on(LocalDate date) {
    return em
        .createNamedQuery("DiaInhabil.findByFecha", DiaInhabil.class)
        .setParameter("fecha", date)
        .getResultList()
        .stream()
        .findFirst();
  }

  public DiaInhabil find(Long id) {
    return em.find(DiaInhabil.class, id);
  }

  /** Stores the day and flushes, so its id is known and a duplicate date fails here. */
  public void add(DiaInhabil day) {
    em.persist(day);
    em.flush();
  }

  public void remove(DiaInhabil day) {
    em.remove(day);
  }
}
