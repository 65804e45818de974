package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.common.internal.DependenciaRepository;
import mx.gob.veracruz.common.internal.StaffRepository;
import mx.gob.veracruz.common.model.Dependencia;

/** The municipality's departments, and which one a staff member works in (public reference). */
@Stateless
@PermitAll
public class OrganizationFacade {
  @Inject private DependenciaRepository dependencias;
  @Inject private StaffRepository staff;

  public List<DependenciaInfo> dependencias() {
    return dependencias.all().stream()
        .map(d -> new DependenciaInfo(d.getClave(), d.getNombre()))
        .toList();
  }

  public Optional<DependenciaInfo> dependencia(String clave) {
    return clave == null
        ? Optional.empty()
        : dependencias.byClave(clave).map(d -> new DependenciaInfo(d.getClave(), d.getNombre()));
  }

  /**
   * The department of a staff member; empty for staff of the whole municipality (no department).
   */
  public Optional<String> dependenciaOf(String username) {
    return staff.byUsername(username).map(u -> u.getDependencia()).map(Dependencia::getClave);
  }

  /** A staff member as another module names her: user, full name and e-mail (may be null). */
  public record StaffMember(String username, String fullName, String email)
      implements java.io.Serializable {}

  /** The full name a document prints for a staff member (the user name when she has none). */
  public String fullNameOf(String username) {
    return staff
        .byUsername(username)
        .map(u -> u.getFullName() == null || u.getFullName().isBlank() ? username : u.getFullName())
        .orElse(username);
  }

  /** Enabled staff members holding a role, by user name. */
  public List<StaffMember> staffWithRole(String role) {
    return staff.withRole(role).stream()
        .map(u -> new StaffMember(u.getUsername(), u.getFullName(), u.getEmail()))
        .toList();
  }
}
