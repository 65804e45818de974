package mx.gob.veracruz.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.SystemFacade;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** /health/ready is DOWN until the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject private SystemFacade system;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("base-de-datos")
          .up()
          .withData("esquema", system.schemaVersion())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("base-de-datos")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
