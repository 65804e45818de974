package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import mx.gob.veracruz.common.CitizenScope;
import mx.gob.veracruz.common.MyItem;
import mx.gob.veracruz.common.MyItemsContributor;
import mx.gob.veracruz.sirc.model.Report;
import mx.gob.veracruz.sirc.model.SircService;

/**
 * SIRC's part of "mis trámites": the reports the account filed while signed in and, once its CURP
 * is verified, those filed with that CURP (at a counter or by phone). Each links to its private
 * tracking page.
 */
@ApplicationScoped
public class SircMyItems implements MyItemsContributor {
  static final int MAX = 200;

  @Inject private SircRepository repo;

  @Override
  public String module() {
    return "sirc";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<MyItem> itemsOf(CitizenScope scope) {
    // One look-up per service, not per report (a citizen's reports repeat a few services).
    java.util.Map<Long, SircService> services = new java.util.HashMap<>();
    return repo.ofAccount(scope.accountId(), scope.verifiedCurp(), MAX).stream()
        .map(
            r ->
                item(
                    r,
                    services.computeIfAbsent(
                        r.getServiceId(), id -> repo.find(SircService.class, id))))
        .toList();
  }

  private MyItem item(Report r, SircService s) {
    return new MyItem(
        "sirc",
        "REPORTE",
        r.getFolio(),
        s.getName() + (r.getAddress() == null ? "" : " — " + r.getAddress()),
        r.getStatus().name(),
        Reports.statusLabel(r.getStatus()),
        Instant.ofEpochMilli(r.getRequestedAtMillis()),
        null,
        "/sirc/seguimiento.xhtml?t=" + r.getToken());
  }
}
