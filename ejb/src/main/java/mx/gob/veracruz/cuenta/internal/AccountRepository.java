package mx.gob.veracruz.cuenta.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.cuenta.model.AccountSecret;
import mx.gob.veracruz.cuenta.model.CitizenAccount;
import mx.gob.veracruz.cuenta.model.CitizenNotice;
import mx.gob.veracruz.cuenta.model.PushDevice;
import mx.gob.veracruz.cuenta.model.RefreshToken;
import mx.gob.veracruz.cuenta.model.StaffApiToken;

/** Accounts, their secrets, tokens, devices and notices; joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<CitizenAccount> account(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(CitizenAccount.class, id));
  }

  public Optional<CitizenAccount> accountForUpdate(Long id) {
    return Optional.ofNullable(
        id == null ? null : em.find(CitizenAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<CitizenAccount> byEmail(String email) {
    return em.createNamedQuery("CitizenAccount.byEmail", CitizenAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public Optional<CitizenAccount> byOidcSubject(String sub) {
    return em.createNamedQuery("CitizenAccount.byOidcSubject", CitizenAccount.class)
        .setParameter("sub", sub)
        .getResultStream()
        .findFirst();
  }

  public List<CitizenAccount> verifiedByCurp(String curp) {
    return em.createNamedQuery("CitizenAccount.verifiedByCurp", CitizenAccount.class)
        .setParameter("curp", curp)
        .getResultList();
  }

  public List<CitizenAccount> search(String q, int max) {
    return em.createNamedQuery("CitizenAccount.search", CitizenAccount.class)
        .setParameter("q", q + "%")
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<AccountSecret> secret(String hash) {
    return em.createNamedQuery("AccountSecret.byHash", AccountSecret.class)
        .setParameter("hash", hash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Marks the account's unused secrets of a purpose used (a new link replaces the old). */
  public void retireSecrets(Long accountId, String purpose, long now) {
    em.createNamedQuery("AccountSecret.openOf", AccountSecret.class)
        .setParameter("account", accountId)
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(s -> s.use(now));
  }

  public Optional<RefreshToken> refreshToken(String hash) {
    return em.createNamedQuery("RefreshToken.byHash", RefreshToken.class)
        .setParameter("hash", hash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public int revokeFamily(String family, long now) {
    return em.createNamedQuery("RefreshToken.revokeFamily")
        .setParameter("family", family)
        .setParameter("now", now)
        .executeUpdate();
  }

  public int revokeRefreshTokensOf(Long accountId, long now) {
    return em.createNamedQuery("RefreshToken.revokeAccount")
        .setParameter("account", accountId)
        .setParameter("now", now)
        .executeUpdate();
  }

  public Optional<StaffApiToken> staffToken(String hash) {
    return em.createNamedQuery("StaffApiToken.byHash", StaffApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  public Optional<StaffApiToken> staffToken(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(StaffApiToken.class, id));
  }

  public List<StaffApiToken> staffTokens(int first, int max) {
    return em.createNamedQuery("StaffApiToken.all", StaffApiToken.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Stamps a staff token's last use at most once a minute (no write per request). */
  public void touchStaffToken(Long id, long now) {
    em.createQuery(
            "UPDATE StaffApiToken t SET t.lastUsedAtMillis = :now WHERE t.id = :id AND"
                + " (t.lastUsedAtMillis IS NULL OR t.lastUsedAtMillis < :before)")
        .setParameter("now", now)
        .setParameter("id", id)
        .setParameter("before", now - 60_000L)
        .executeUpdate();
  }

  public List<PushDevice> devices(Long accountId) {
    return em.createNamedQuery("PushDevice.ofAccount", PushDevice.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public Optional<PushDevice> deviceByToken(String token) {
    return em.createNamedQuery("PushDevice.byToken", PushDevice.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  public Optional<PushDevice> device(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(PushDevice.class, id));
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public List<CitizenNotice> notices(Long accountId, int first, int max) {
    return em.createNamedQuery("CitizenNotice.ofAccount", CitizenNotice.class)
        .setParameter("account", accountId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long noticeCount(Long accountId) {
    return em.createNamedQuery("CitizenNotice.countOf", Long.class)
        .setParameter("account", accountId)
        .getSingleResult();
  }
}
