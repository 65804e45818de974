package mx.gob.veracruz.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import mx.gob.veracruz.ciudadano.CitizenCommand;
import mx.gob.veracruz.ciudadano.CitizenDetail;
import mx.gob.veracruz.ciudadano.CiudadanoFacade;
import mx.gob.veracruz.common.internal.StaffAccounts;
import mx.gob.veracruz.testing.AsAdmin;
import mx.gob.veracruz.testing.Deployments;
import mx.gob.veracruz.testing.TestCurps;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation inside a real Payara domain configured by config/payara. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.foundation("foundation-it");
  }

  @Inject private CiudadanoFacade citizens;
  @Inject private AuditFacade audit;
  @Inject private FolioFacade folios;
  @Inject private AuthenticationFacade authentication;
  @Inject private StaffAccounts staff;
  @Inject private CalendarFacade calendar;
  @Inject private AsAdmin admin;
  @Inject private SchedulerLeaseFacade leases;

  @Resource(lookup = "jdbc/veracruz")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  @Test
  void flywayMigratedTheSchemaAtStartUp() {
    MigrationInfo[] applied =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .load()
            .info()
            .applied();
    assertThat(applied).isNotEmpty();
    assertThat(applied).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
  }

  @Test
  void refusesAFacadeCallWithoutTheRole() {
    assertThatThrownBy(() -> citizens.count())
        .isInstanceOf(EJBException.class)
        .satisfies(
            e -> assertThat(e.getClass().getSimpleName()).containsAnyOf("Access", "AccessLocal"));
    assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(EJBException.class);
  }

  @Test
  void anAuditedChangeWritesAChainedRecord() throws Exception {
    CitizenDetail created = admin.call(() -> citizens.register(command(TestCurps.next(), null)));
    List<AuditEntry> entries =
        admin.call(
            () ->
                audit
                    .search(
                        new AuditQuery(
                            null,
                            "ciudadano.registrar",
                            "Ciudadano",
                            String.valueOf(created.id()),
                            null,
                            null,
                            null),
                        new PageRequest(0, 10, null, false))
                    .items());
    assertThat(entries).hasSize(1);
    AuditEntry e = entries.get(0);
    assertThat(e.outcome()).isEqualTo("OK");
    assertThat(e.hash()).hasSize(64);
    List<AuditEntry> previous =
        admin.call(
            () -> audit.search(AuditQuery.any(), new PageRequest(0, 500, "seq", true)).items());
    assertThat(previous).extracting(AuditEntry::seq).contains(e.seq() - 1);
    assertThat(admin.call(() -> audit.verifyChain()).valid()).isTrue();
  }

  @Test
  void aRejectedChangeIsAuditedAndChangesNothing() throws Exception {
    long before = admin.call(() -> citizens.count());
    assertThatThrownBy(
            () -> admin.call(() -> citizens.register(command("BADC000000HVZXXX00", null))))
        .isInstanceOf(BusinessRuleException.class)
        .satisfies(e -> assertThat(((BusinessRuleException) e).getField()).isEqualTo("curp"));
    assertThat(admin.call(() -> citizens.count())).isEqualTo(before);
    List<AuditEntry> rejected =
        admin.call(
            () ->
                audit
                    .search(
                        new AuditQuery(
                            null, "ciudadano.registrar", null, null, "REJECTED", null, null),
                        new PageRequest(0, 5, null, false))
                    .items());
    assertThat(rejected).isNotEmpty();
    assertThat(rejected.get(0).detail()).isEqualTo("curp-invalida");
  }

  @Test
  void tamperingWithOneAuditRowIsDetected() throws Exception {
    admin.call(() -> citizens.register(command(TestCurps.next(), null)));
    assertThat(admin.call(() -> audit.verifyChain()).valid()).isTrue();
    long id;
    String actor;
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT ID, ACTOR FROM AUDIT_RECORD WHERE SEQ = (SELECT MAX(SEQ) - 1 FROM AUDIT_RECORD)")) {
      assertThat(rs.next()).isTrue();
      id = rs.getLong(1);
      actor = rs.getString(2);
    }
    update(id, "intruso");
    try {
      ChainVerification v = admin.call(() -> audit.verifyChain());
      assertThat(v.valid()).isFalse();
      assertThat(v.brokenAtId()).isEqualTo(id);
    } finally {
      update(id, actor);
    }
    assertThat(admin.call(() -> audit.verifyChain()).valid()).isTrue();
  }

  @Test
  void deletingTheNewestAuditRecordIsDetected() throws Exception {
    admin.call(() -> citizens.register(command(TestCurps.next(), null)));
    String columns =
        "ID, SEQ, OCCURRED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, OUTCOME, CORRELATION_ID,"
            + " CLIENT_ADDRESS, DETAIL, PREVIOUS_HASH, HASH";
    Object[] row = new Object[13];
    try (Connection c = dataSource.getConnection()) {
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT "
                      + columns
                      + " FROM AUDIT_RECORD WHERE SEQ = (SELECT LAST_SEQ FROM AUDIT_CHAIN_HEAD WHERE ID = 1)")) {
        assertThat(rs.next()).isTrue();
        for (int i = 0; i < row.length; i++) {
          row[i] = rs.getObject(i + 1);
        }
      }
      c.createStatement().executeUpdate("DELETE FROM AUDIT_RECORD WHERE ID = " + row[0]);
      try {
        ChainVerification v = admin.call(() -> audit.verifyChain());
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).contains("más recientes");
      } finally {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO AUDIT_RECORD ("
                    + columns
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
          ps.executeUpdate();
        }
      }
    }
  }

  @Test
  void foliosAreUniqueUnderParallelCalls() throws Exception {
    int threads = 8, perThread = 25;
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Callable<List<String>> task =
          () -> {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              mine.add(folios.next("ITPAR"));
            }
            return mine;
          };
      futures.add(executor.submit(task));
    }
    Set<String> all = new HashSet<>();
    for (Future<List<String>> f : futures) {
      all.addAll(f.get());
    }
    assertThat(all).hasSize(threads * perThread);
    assertThat(all).allMatch(f -> f.matches("ITPAR-\\d{4}-\\d{6}"));
  }

  @Test
  void locksAnAccountAfterRepeatedFailuresAndMailsItsOwner() throws Exception {
    String user = "it-lock-" + System.nanoTime() % 100000;
    CallContext.open(CallContext.newCorrelationId(), "10.1.0." + (System.nanoTime() % 250));
    try {
      admin.call(
          () ->
              staff.create(
                  user, "Prueba de bloqueo", "Correcta.2026!", false, Set.of(Roles.CAPTURISTA)));
      assertThat(authentication.authenticate(user, "Correcta.2026!".toCharArray()).valid())
          .isTrue();
      assertThat(authentication.stillAllowed(user)).isTrue();
      for (int i = 0; i < 5; i++) {
        assertThat(authentication.authenticate(user, "mala".toCharArray()).locked()).isFalse();
      }
      // Locked now: a wrong password learns nothing more; the owner's right password is told until
      // when.
      assertThat(authentication.authenticate(user, "mala".toCharArray()).locked()).isFalse();
      AuthenticationResult whileLocked =
          authentication.authenticate(user, "Correcta.2026!".toCharArray());
      assertThat(whileLocked.valid()).isFalse();
      assertThat(whileLocked.locked()).isTrue();
      assertThat(whileLocked.lockedUntil()).isAfter(java.time.Instant.now());
      assertThat(authentication.stillAllowed(user))
          .as("a lock-out ends the account's open sessions")
          .isFalse();
    } finally {
      CallContext.close();
    }
  }

  @Test
  void oneAddressCannotLockAccountsByNameBeyondItsFailedAttempts() throws Exception {
    String victim = "it-victima-" + System.nanoTime() % 100000;
    admin.call(
        () ->
            staff.create(
                victim, "Víctima de bloqueo", "Correcta.2026!", false, Set.of(Roles.CAPTURISTA)));
    CallContext.open(CallContext.newCorrelationId(), "10.2.0." + (System.nanoTime() % 250));
    try {
      for (int i = 0; i < 20; i++) {
        authentication.authenticate("it-nadie-" + i, "mala".toCharArray());
      }
      // The address waits: the victim's account is not even looked up, so it gets no closer to a
      // lock.
      for (int i = 0; i < 6; i++) {
        AuthenticationResult r = authentication.authenticate(victim, "mala".toCharArray());
        assertThat(r.retryAfterSeconds()).isPositive();
      }
    } finally {
      CallContext.close();
    }
    CallContext.open(CallContext.newCorrelationId(), "10.3.0." + (System.nanoTime() % 250));
    try {
      assertThat(authentication.authenticate(victim, "Correcta.2026!".toCharArray()).valid())
          .isTrue();
    } finally {
      CallContext.close();
    }
  }

  @Test
  void registeringACitizenWithEmailSendsARealMessage() throws Exception {
    String email = "it" + System.nanoTime() + "@correo.example.mx";
    admin.call(() -> citizens.register(command(TestCurps.next(), email)));
    HttpResponse<String> inbox =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(Deployments.MAIL_API + "/api/user/" + email + "/messages/INBOX"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(inbox.statusCode()).isEqualTo(200);
    assertThat(inbox.body()).contains("Registro en Ciudad Digital");
  }

  @Test
  void dueDatesSkipMunicipalNonWorkingDaysAndSayWhy() throws Exception {
    LocalDate day = LocalDate.of(2029, 6, 13); // a Wednesday
    admin.call(() -> calendar.addMunicipalDay(day, "Suspensión de labores (prueba)"));
    DueDateResult r = calendar.dueDate(LocalDate.of(2029, 6, 12), 1);
    assertThat(r.date()).isEqualTo(LocalDate.of(2029, 6, 14));
    assertThat(r.explanation()).contains("Suspensión de labores (prueba)");
  }

  @Test
  void exactlyOneInstanceWinsASchedulerLease() throws Exception {
    String lease = "it-lease-" + System.nanoTime();
    List<Future<Boolean>> contenders = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String holder = "instancia-" + i;
      contenders.add(
          executor.submit(() -> leases.tryAcquire(lease, holder, java.time.Duration.ofMinutes(5))));
    }
    int winners = 0;
    for (Future<Boolean> f : contenders) {
      winners += f.get() ? 1 : 0;
    }
    assertThat(winners).isEqualTo(1);
    String other = "otra-instancia";
    assertThat(leases.tryAcquire(lease, other, java.time.Duration.ofMinutes(5))).isFalse();
    for (int i = 0; i < 6; i++) {
      leases.release(lease, "instancia-" + i);
    }
    assertThat(leases.tryAcquire(lease, other, java.time.Duration.ofMinutes(5))).isTrue();
  }

  private void update(long id, String actor) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE AUDIT_RECORD SET ACTOR = ? WHERE ID = ?")) {
      ps.setString(1, actor);
      ps.setLong(2, id);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private static CitizenCommand command(String curp, String email) {
    return new CitizenCommand(
        curp,
        "María José",
        "Prueba",
        "Integración",
        email,
        "2291234567",
        "Av. Independencia",
        "100",
        null,
        null);
  }
}
