package mx.gob.veracruz.common.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.model.AppUser;

/** Creates staff accounts and enforces the production rules on them. */
@Stateless
@PermitAll
public class StaffAccounts {
  private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());
  static final int MIN_PASSWORD_LENGTH = 12;

  @Inject private StaffRepository accounts;

  @Inject private PasswordHasher hasher;

  public AppUser create(
      String username, String fullName, String password, boolean demo, Set<String> roles) {
    AppUser u = new AppUser(username, fullName, hasher.hash(password.toCharArray()), demo);
    u.getRoles().addAll(roles);
    accounts.persist(u);
    return u;
  }

  public boolean exists(String username) {
    return accounts.byUsername(username).isPresent();
  }

  public void refuseDemoAccountsInProduction() {
    long demo = accounts.countDemoAccounts();
    if (demo > 0) {
      throw new IllegalStateException(
          "Modo producción: existen "
              + demo
              + " usuarios de demostración con contraseñas conocidas. Elimínelos antes de arrancar.");
    }
  }

  /** With no enabled administrator, creates {@code admin} from the configured password. */
  public void ensureFirstAdministrator(Optional<String> password, boolean production) {
    long admins = accounts.countWithRole(Roles.ADMIN);
    if (admins > 0) {
      return;
    }
    if (password.isEmpty()) {
      if (production) {
        throw new IllegalStateException(
            "Modo producción sin administrador: configure ciudad.admin.password"
                + " (variable CIUDAD_ADMIN_PASSWORD o alias de contraseña) para crear el usuario admin");
      }
      return;
    }
    String pw = password.get();
    if (pw.length() < MIN_PASSWORD_LENGTH || pw.equals(DemoData.DEMO_PASSWORD)) {
      throw new IllegalStateException(
          "ciudad.admin.password debe tener al menos "
              + MIN_PASSWORD_LENGTH
              + " caracteres y no ser la contraseña de demostración");
    }
    create("admin", "Administrador del sistema", pw, false, Set.of(Roles.ADMIN));
    LOG.info("Se creó el primer administrador (usuario admin) con la contraseña configurada");
  }
}
