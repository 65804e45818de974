package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The PAVG key rotation as the IT office runs it: a new key in a password alias of the domain,
 * named current, then the job re-seals every row in chunks; killed half-way (a failure after a few
 * rows) it restarts from its checkpoint, a rerun finds nothing left, and the survivor's code and
 * PIN still open her case (its data now under the new key).
 */
class PavgKeyRotationIT {
  @Test
  void anInterruptedRotationRestartsAndLeavesEveryRowUnderTheNewKey() throws Exception {
    Pavg.Filed before = Pavg.fileWithCanaries(false);
    String keyId = "r" + Pavg.token().substring(0, 6);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    asadmin(
        "AS_ADMIN_ALIASPASSWORD=" + Base64.getEncoder().encodeToString(key),
        "create-password-alias",
        "ciudad.pavg.llave." + keyId);
    asadmin(null, "create-system-properties", "ciudad.pavg.llave-actual=" + keyId);
    // Payara reads password aliases at start: a new key needs a restart (bin/ciudad pavg-llaves
    // does it; in a deployment group, a rolling restart).
    restartDomain();

    Http admin = new Http().login("admin", PavgIT.PASSWORD);
    // The new alias and setting reach the application within MicroProfile Config's cache: until
    // then a run either finds no row under another key (it ends at once) or cannot use the key
    // (it fails, its chunk rolled back). Once the key is current and usable, this run re-seals
    // three rows in chunks of one and fails while reading the fourth: the drill of a crash.
    JsonObject failed = null;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      JsonObject e =
          PredialAssessmentJobIT.run(
              admin,
              "/api/v1/trabajos/pavg-key-rotation",
              "{\"chunkSize\":\"1\",\"failAfterItems\":\"3\"}");
      if (e.getString("batchStatus").equals("FAILED")
          && e.getString("exitStatus").equals("SELLADAS=3 LLAVE=" + keyId)) {
        failed = e;
        break;
      }
      Thread.sleep(2000);
    }
    assertThat(failed).as("la llave nueva no llegó a la aplicación en 3 minutos").isNotNull();

    JsonObject restarted =
        PredialAssessmentJobIT.run(
            admin,
            "/api/v1/trabajos/ejecuciones/" + failed.getJsonNumber("executionId") + "/reinicio",
            "{\"failAfterItems\":\"0\",\"chunkSize\":\"50\"}");
    assertThat(restarted.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(restarted.getString("exitStatus")).contains("LLAVE=" + keyId);

    JsonObject rerun =
        PredialAssessmentJobIT.run(admin, "/api/v1/trabajos/pavg-key-rotation", "{}");
    assertThat(rerun.getString("exitStatus")).isIn("COMPLETED", "SELLADAS=0 LLAVE=" + keyId);

    if ("mysql".equals(System.getProperty("it.db"))) {
      String db = System.getProperty("it.domain", "ciudad-it-sys").replace('-', '_');
      for (String table :
          List.of("PAVG_CASE", "PAVG_ENTRY", "PAVG_ACCESS", "PAVG_ARCO", "PAVG_DOCUMENT")) {
        assertThat(sql(db, "SELECT COUNT(*) FROM " + table + " WHERE KEY_ID <> '" + keyId + "'"))
            .as(table)
            .isEqualTo("0");
      }
      assertThat(Integer.parseInt(sql(db, "SELECT COUNT(*) FROM PAVG_CASE"))).isGreaterThan(0);
    }
    // Her code and PIN still open her case, now sealed under the new key.
    var follow =
        new Http()
            .postJson(
                "/api/v1/pavg/seguimiento",
                "{\"codigo\":\"" + before.code() + "\",\"nip\":\"" + before.pin() + "\"}");
    assertThat(follow.statusCode()).as(follow.body()).isEqualTo(200);
    // Only the administrator runs it.
    assertThat(
            new Http()
                .login("pavg_supervisor", PavgIT.PASSWORD)
                .postJson("/api/v1/trabajos/pavg-key-rotation", "{}")
                .statusCode())
        .isEqualTo(403);
  }

  private static void restartDomain() throws Exception {
    Path root = Path.of(System.getProperty("it.root", "."));
    Process p =
        new ProcessBuilder(
                "bash",
                root.resolve("config/bin/domain.sh").toString(),
                "restart",
                System.getProperty("it.domain", "ciudad-it-sys"),
                System.getProperty("it.portbase", "21000"))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  private static String sql(String db, String query) throws Exception {
    Process p =
        new ProcessBuilder("mysql", "-h127.0.0.1", "-uroot", "-N", "-B", db, "-e", query)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** asadmin against the test domain, with an extra secret line in the password file. */
  private static void asadmin(String secretLine, String... args) throws Exception {
    Path root = Path.of(System.getProperty("it.root", "."));
    Path domain = Pavg.domainDir();
    Path pw = Files.createTempFile("asadmin-", ".txt");
    try {
      String admin = Files.readString(domain.resolve("config/.ciudad-admin-password"));
      Files.writeString(
          pw,
          admin
              + (admin.endsWith("\n") ? "" : "\n")
              + (secretLine == null ? "" : secretLine + "\n"));
      int port = Integer.parseInt(System.getProperty("it.portbase", "21000")) + 48;
      List<String> cmd =
          new java.util.ArrayList<>(
              List.of(
                  root.resolve(".payara/payara6/bin/asadmin").toString(),
                  "--host",
                  "127.0.0.1",
                  "--port",
                  String.valueOf(port),
                  "--user",
                  "admin",
                  "--passwordfile",
                  pw.toString(),
                  "--interactive=false"));
      cmd.addAll(List.of(args));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
    } finally {
      Files.deleteIfExists(pw);
    }
  }
}
