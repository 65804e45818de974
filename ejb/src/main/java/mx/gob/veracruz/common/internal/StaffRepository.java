package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import mx.gob.veracruz.common.model.AppUser;

/** Staff accounts ({@link AppUser}). */
@ApplicationScoped
public class StaffRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public Optional<AppUser> byUsername(String username) {
    return em
        .createNamedQuery("AppUser.findByUsername", AppUser.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * The account locked until the transaction ends: concurrent logins of one account queue, so their
   * failure counts add up and the lock-out cannot be raced past.
   */
  public Optional<AppUser> byUsernameForLogin(String username) {
    return em
        .createNamedQuery("AppUser.findByUsername", AppUser.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .findFirst();
  }

  public long countDemoAccounts() {
    return em.createNamedQuery("AppUser.countDemo", Long.class).getSingleResult();
  }

  public java.util.List<AppUser> withRole(String role) {
    return em.createNamedQuery("AppUser.withRole", AppUser.class)
        .setParameter("role", role)
        .getResultList();
  }

  public long countWithRole(String role) {
    return em.createNamedQuery("AppUser.countWithRole", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  public void persist(AppUser user) {
    em.persist(user);
  }
}
