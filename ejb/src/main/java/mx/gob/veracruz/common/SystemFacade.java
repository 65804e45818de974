package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.gob.veracruz.common.internal.Bootstrap;

/** What the readiness probe needs: the schema is migrated and the database answers. */
@Stateless
@PermitAll
public class SystemFacade {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  @Inject private Bootstrap bootstrap;
  @Inject private mx.gob.veracruz.common.internal.PlatformSettings platform;

  /** {@code ciudad.mode=prod}: test hooks, demo data and sandbox secrets are refused. */
  public boolean production() {
    return platform.production();
  }

  public String schemaVersion() {
    if (!bootstrap.isReady()) {
      throw new IllegalStateException("arranque en curso");
    }
    em.createNativeQuery("SELECT LAST_SEQ FROM AUDIT_CHAIN_HEAD WHERE ID = 1").getSingleResult();
    return bootstrap.schemaVersion();
  }
}
