package mx.gob.veracruz.pavg.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.Passwords;
import mx.gob.veracruz.pavg.PavgCodes;
import mx.gob.veracruz.pavg.model.PavgAssignment;
import mx.gob.veracruz.pavg.model.PavgCase;
import mx.gob.veracruz.pavg.model.PavgDuty;

/**
 * Demo cases (fictional): {@code small} 24, {@code city} 234 (the original platform's count), over
 * the last 60 days, assigned to the demo specialists; pavg.ana is on duty. The first case has the
 * published demo code {@value #DEMO_CODE} and PIN {@value #DEMO_PIN}. Loaded once, when there are
 * no cases, and only when the key is configured.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoPavg {
  private static final Logger LOG = Logger.getLogger(DemoPavg.class.getName());
  public static final String DEMO_CODE = "PAVGD-EMAAA";
  public static final String DEMO_PIN = "246810";
  static final List<String> SPECIALISTS = List.of("pavg.ana", "pavg.berta", "pavg_especialista");

  @Resource private UserTransaction tx;
  @Inject private PavgRepository repo;
  @Inject private Cases cases;
  @Inject private FolioFacade folios;
  @Inject private Passwords passwords;
  @Inject private GeographyFacade geography;
  @Inject private CityClock clock;

  @PostConstruct
  void start() {
    var config =
        org.eclipse.microprofile.config.ConfigProvider.getConfig(getClass().getClassLoader());
    String size = config.getOptionalValue("ciudad.demo", String.class).orElse("none");
    String mode = config.getOptionalValue("ciudad.mode", String.class).orElse("dev");
    if (size.equalsIgnoreCase("none") || mode.equalsIgnoreCase("prod")) {
      return;
    }
    if (!cases.sealer().ready()) {
      LOG.warning(
          "PAVG sin llave configurada (ciudad.pavg.llave.*): no se cargan casos de demostración");
      return;
    }
    try {
      load(size.equalsIgnoreCase("city") ? 234 : 24);
    } catch (Exception e) {
      throw new IllegalStateException("No se pudieron cargar los casos PAVG de demostración", e);
    }
  }

  void load(int count) throws Exception {
    tx.begin();
    try {
      if (repo.count(mx.gob.veracruz.pavg.CaseQuery.all(), null, 0) > 0) {
        tx.commit();
        return;
      }
      PavgDuty duty = new PavgDuty();
      duty.setUsername("pavg.ana");
      duty.setOnDuty(true);
      duty.setUpdatedAtMillis(clock.now().toEpochMilli());
      duty.setUpdatedBy("sistema");
      repo.persist(duty);
      Random r = new Random(20260312L);
      List<ColoniaInfo> colonias = geography.colonias();
      List<String> folioList = folios.reserve("PAVG", count);
      // One PBKDF2 hash for every demo case: hashing 234 PINs would slow every first start.
      String pinHash = passwords.hash(DEMO_PIN.toCharArray());
      PavgCodes.ViolenceType[] types = PavgCodes.ViolenceType.values();
      long now = clock.now().toEpochMilli();
      for (int i = 0; i < count; i++) {
        long received = now - (long) (r.nextDouble() * 60 * 86_400_000L);
        PavgCase c = new PavgCase();
        c.setFolio(folioList.get(i));
        c.setTrackingHash(
            Hashes.sha256(
                i == 0 ? Cases.normalizeCode(DEMO_CODE) : Cases.normalizeCode(Cases.newCode())));
        c.setPinHash(pinHash);
        boolean closed = i > 0 && r.nextInt(3) == 0;
        c.setStatus(
            closed ? PavgCodes.CaseStatus.CERRADO.name() : PavgCodes.CaseStatus.EN_ATENCION.name());
        c.setChannel(i % 5 == 0 ? "TELEFONO" : i % 3 == 0 ? "APP" : "PORTAL");
        c.setAbout(i % 4 == 0 ? "TERCERA" : "PROPIA");
        String t1 = types[r.nextInt(3)].name();
        String t2 = types[r.nextInt(types.length - 1)].name();
        c.setCategories(Cases.categories(List.of(t1, t2)));
        c.setOccurredOn(
            java.time.Instant.ofEpochMilli(received)
                .atZone(CityClock.ZONE)
                .toLocalDate()
                .minusDays(r.nextInt(5)));
        c.setColoniaId(colonias.isEmpty() ? null : colonias.get(r.nextInt(colonias.size())).id());
        c.setDanger(r.nextInt(4) == 0);
        c.setReceivedAtMillis(received);
        c.setProtectionDueMillis(received + 4 * 3_600_000L);
        if (closed || r.nextBoolean()) {
          c.setProtectionAtMillis(received + (long) (r.nextDouble() * 6 * 3_600_000L));
        }
        c.setRiskLevel(PavgCodes.RiskLevel.values()[r.nextInt(4)].name());
        c.setUpdatedAtMillis(received);
        if (closed) {
          c.setClosedAtMillis(received + 10 * 86_400_000L);
          c.setCloseReason(PavgCodes.CloseReason.ATENDIDO.name());
          c.setRetainUntil(clock.today().plusYears(5));
        }
        c.setKeyId("-");
        c.setSealed("-");
        repo.persist(c);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", i % 3 == 0 ? null : "Persona de demostración " + (i + 1));
        f.put("victimName", null);
        f.put("phone", i % 3 == 0 ? null : String.format("22990%05d", i));
        f.put("email", null);
        f.put("contactChannel", i % 3 == 0 ? "NO_CONTACTAR" : "LLAMADA");
        f.put("contactHours", "Entre semana de 9 a 13 h");
        f.put("safeWord", "girasol");
        f.put("place", null);
        f.put("lat", null);
        f.put("lon", null);
        f.put("aggressor", "Expareja (caso ficticio de demostración)");
        f.put("narrative", "Relato ficticio de demostración número " + (i + 1) + ".");
        f.put("riskYes", "");
        cases.seal(c, f);
        PavgAssignment a = new PavgAssignment();
        a.setCaseId(c.getId());
        a.setUsername(SPECIALISTS.get(i % SPECIALISTS.size()));
        a.setAssignedAtMillis(received);
        a.setAssignedBy("pavg_supervisor");
        a.setActive(true);
        repo.persist(a);
      }
      tx.commit();
      LOG.info(() -> "Casos PAVG de demostración: " + count);
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }
}
