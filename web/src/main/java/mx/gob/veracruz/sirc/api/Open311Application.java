package mx.gob.veracruz.sirc.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: its own application, so the JSON-only rule and the
 * problem+json errors of {@code /api} do not apply here (the specification posts HTML forms and
 * answers errors as a list of {@code code}/{@code description}, in JSON or XML).
 */
@ApplicationPath("open311/v2")
public class Open311Application extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(Open311Resource.class);
  }
}
