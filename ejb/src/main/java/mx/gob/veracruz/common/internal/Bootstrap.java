package mx.gob.veracruz.common.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs once per deployment, before anything touches the database: migrates the schema with Flyway,
 * enforces the production rules, creates the first administrator and (only when asked for) the demo
 * data. Bean-managed transactions: Flyway and the loaders commit their own work.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {
  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Resource(lookup = "jdbc/veracruz")
  private DataSource dataSource;

  @Inject private PlatformSettings settings;
  @Inject private StaffAccounts staff;
  @Inject private DemoData demo;

  private volatile boolean ready;
  private volatile String schemaVersion;

  @PostConstruct
  void start() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    int executed = flyway.migrate().migrationsExecuted;
    schemaVersion = flyway.info().current().getVersion().getVersion();
    LOG.info(
        () -> "Esquema en la versión " + schemaVersion + " (" + executed + " migraciones nuevas)");
    LOG.info(
        () ->
            "Modo "
                + (settings.production() ? "producción" : "desarrollo")
                + ", datos de demostración: "
                + settings.demoSize());
    if (settings.production()) {
      settings.refuseDemoInProduction();
      staff.refuseDemoAccountsInProduction();
    }
    staff.ensureFirstAdministrator(settings.adminPassword(), settings.production());
    if (!settings.production() && !settings.demoSize().equals("none")) {
      demo.load(settings.demoSize());
    }
    ready = true;
  }

  public String schemaVersion() {
    return schemaVersion;
  }

  public boolean isReady() {
    return ready;
  }
}
