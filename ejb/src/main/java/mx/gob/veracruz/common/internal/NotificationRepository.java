package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.gob.veracruz.common.model.Notification;

/** The record kept of every mail sent or attempted. */
@ApplicationScoped
public class NotificationRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public void persist(Notification notification) {
    em.persist(notification);
  }
}
