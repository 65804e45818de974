package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import mx.gob.veracruz.common.DependenciaInfo;
import mx.gob.veracruz.common.OrganizationFacade;

/**
 * Department names for the screens and exports ({@code #{dependencias.name('OBP')}} → "Dirección de
 * Obras Públicas"): reference data, read once per instance.
 */
@Named
@ApplicationScoped
public class Dependencias {
  @Inject private OrganizationFacade organization;

  private volatile Map<String, String> names;

  public String name(String clave) {
    if (clave == null) {
      return "";
    }
    Map<String, String> n = names;
    if (n == null) {
      n =
          organization.dependencias().stream()
              .collect(Collectors.toMap(DependenciaInfo::clave, DependenciaInfo::nombre));
      names = n;
    }
    return n.getOrDefault(clave, clave);
  }
}
