package mx.gob.veracruz.kpi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.KpiContributor;
import mx.gob.veracruz.common.KpiDay;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.kpi.internal.KpiRepository;

/**
 * The indicators: the day's aggregation (called by the {@code kpi-daily-aggregation} job's writer,
 * inside its chunk transaction, so open to the batch runtime's caller like the other job facades)
 * and the stored facts for the dashboards (staff roles only).
 */
@Stateless
@PermitAll
public class KpiFacade {
  private static final Logger LOG = Logger.getLogger(KpiFacade.class.getName());

  @Inject @Any private Instance<KpiContributor> contributors;
  @Inject private KpiRepository repo;

  /**
   * Replaces the day's facts: deletes them, then every module writes its own with set-based SQL.
   * Returns how many facts the day has now.
   */
  public int aggregate(LocalDate date) {
    KpiDay day = new KpiDay(date);
    int deleted = repo.deleteDay(date);
    long now = System.currentTimeMillis();
    for (KpiContributor c : contributors) {
      c.contribute(day, repo.sink(date, now));
    }
    int facts = repo.countDay(date);
    LOG.fine(() -> "KPI " + date + ": " + deleted + " hechos reemplazados por " + facts);
    return facts;
  }

  /** {@code ciudad.kpi.hora} [04:30]: when the nightly job starts (after the reconciliation). */
  public String nightlyTime() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig(getClass().getClassLoader())
        .getOptionalValue("ciudad.kpi.hora", String.class)
        .map(String::trim)
        .filter(t -> t.matches("([01]?\\d|2[0-3]):[0-5]\\d"))
        .orElse("04:30");
  }

  /** Every indicator every module declares, by module and code. */
  public List<KpiIndicator> indicators() {
    List<KpiIndicator> all = new ArrayList<>();
    contributors.forEach(c -> all.addAll(c.indicators()));
    all.sort(Comparator.comparing(KpiIndicator::module).thenComparing(KpiIndicator::code));
    return all;
  }

  /** An indicator's facts by one dimension over a range of days, for staff dashboards. */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public List<KpiFact> facts(String indicator, String dimension, LocalDate from, LocalDate to) {
    if (indicator == null || indicators().stream().noneMatch(i -> i.code().equals(indicator))) {
      throw new BusinessRuleException(
          "indicador-desconocido", "indicador", "No existe el indicador «" + indicator + "»");
    }
    if (from == null
        || to == null
        || to.isBefore(from)
        || from.plusDays(KpiJob.MAX_DAYS).isBefore(to)) {
      throw new BusinessRuleException(
          "periodo-invalido",
          "desde",
          "Indique un periodo de a lo más " + KpiJob.MAX_DAYS + " días (desde ≤ hasta)");
    }
    return repo.facts(indicator, dimension == null ? "TOTAL" : dimension, from, to);
  }
}
