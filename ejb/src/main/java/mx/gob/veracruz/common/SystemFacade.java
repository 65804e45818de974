package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.internal.Bootstrap;

/** What the readiness probe needs: the schema is migrated and the database answers. */
@Stateless
@PermitAll
public class SystemFacade {
  @Inject private mx.gob.veracruz.common.internal.AuditRepository audit;

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
    audit.readChainHead();
    return bootstrap.schemaVersion();
  }
}
