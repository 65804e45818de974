package mx.gob.veracruz.common.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import mx.gob.veracruz.ciudadano.internal.DemoCitizens;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.model.AppUser;
import mx.gob.veracruz.common.model.Dependencia;

/**
 * Demo data, loaded only when {@code ciudad.demo} asks for it and never in production: municipal
 * departments, the colonias of Veracruz, one staff user per role and citizens ({@code small}: 300,
 * {@code city}: 200,000). Runs once: an existing demo user means it was loaded.
 */
@ApplicationScoped
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** Printed by the run command; production refuses to start while accounts with it exist. */
  public static final String DEMO_PASSWORD = "Demo.2026!";

  static final List<String[]> DEPENDENCIAS =
      List.of(
          new String[] {"PRES", "Presidencia Municipal"},
          new String[] {"TES", "Tesorería Municipal"},
          new String[] {"CAT", "Dirección de Catastro"},
          new String[] {"OBP", "Dirección de Obras Públicas"},
          new String[] {"SPM", "Dirección de Servicios Públicos Municipales"},
          new String[] {"LIMP", "Dirección de Limpia Pública"},
          new String[] {"AGUA", "Grupo MAS (Agua y Saneamiento)"},
          new String[] {"DES", "Dirección de Desarrollo Social"},
          new String[] {"DEE", "Dirección de Desarrollo Económico"},
          new String[] {"TUR", "Dirección de Turismo"},
          new String[] {"IMM", "Instituto Municipal de la Mujer"},
          new String[] {"TRANS", "Unidad de Transparencia"},
          new String[] {"GOB", "Dirección de Gobernación"},
          new String[] {"PC", "Protección Civil"},
          new String[] {"DIG", "Dirección de Gobierno Digital"});

  /** user, name, role, department. */
  static final List<String[]> DEPARTMENT_CLERKS =
      List.of(
          new String[] {"obras", "Capturista de Obras Públicas (demo)", Roles.CAPTURISTA, "OBP"},
          new String[] {"limpia", "Capturista de Limpia Pública (demo)", Roles.CAPTURISTA, "LIMP"},
          new String[] {
            "supervisor.obras", "Supervisora de Obras Públicas (demo)", Roles.SUPERVISOR, "OBP"
          },
          // PAVG: two specialists of the Instituto Municipal de la Mujer, so that one's cases are
          // another's "not found" (pavg_especialista and pavg_supervisor come from Roles.ALL).
          new String[] {"pavg.ana", "Especialista PAVG Ana (demo)", Roles.PAVG_ESPECIALISTA, "IMM"},
          new String[] {
            "pavg.berta", "Especialista PAVG Berta (demo)", Roles.PAVG_ESPECIALISTA, "IMM"
          });

  @Resource private UserTransaction tx;
  @Inject private StaffAccounts staff;
  @Inject private ColoniaLoader colonias;
  @Inject private DependenciaRepository dependencias;
  @Inject private DemoCitizens citizens;

  public void load(String size) {
    try {
      long t0 = System.nanoTime();
      // Each part is loaded only when missing, so a load interrupted half-way completes on restart.
      tx.begin();
      if (dependencias.all().isEmpty()) {
        DEPENDENCIAS.forEach(d -> dependencias.persist(new Dependencia(d[0], d[1])));
      }
      for (String role : Roles.ALL) {
        String user = role.toLowerCase();
        if (!staff.exists(user)) {
          staff
              .create(
                  user,
                  "Usuario " + role.charAt(0) + role.substring(1).toLowerCase() + " (demo)",
                  DEMO_PASSWORD,
                  true,
                  Set.of(role))
              .setEmail(user + "@demo.veracruz.gob.mx");
        }
      }
      // Department clerks: each sees and works its own department's SIRC queue.
      for (String[] clerk : DEPARTMENT_CLERKS) {
        if (!staff.exists(clerk[0])) {
          AppUser u = staff.create(clerk[0], clerk[1], DEMO_PASSWORD, true, Set.of(clerk[2]));
          u.setEmail(clerk[0] + "@demo.veracruz.gob.mx");
          dependencias.byClave(clerk[3]).ifPresent(u::setDependencia);
        }
      }
      tx.commit();
      colonias.loadIfEmpty();
      if (citizens.count() > 0) {
        return;
      }
      int count = size.equals("city") ? 200_000 : 300;
      citizens.generate(count, 20260401L);
      LOG.info(
          () ->
              String.format(
                  "Datos de demostración '%s' cargados en %d ms",
                  size, (System.nanoTime() - t0) / 1_000_000));
    } catch (Exception e) {
      throw new IllegalStateException("No se pudieron cargar los datos de demostración", e);
    }
  }
}
