package mx.gob.veracruz.predial.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import java.util.MissingResourceException;
import mx.gob.veracruz.common.JobExecutionSummary;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.predial.ReconciliationSummary;

/**
 * Spanish (or English) labels of the reconciliation codes, for conciliacion.xhtml and its XLSX
 * report.
 */
@Named
@ApplicationScoped
public class ReconciliationLabels {
  /** ReconciliationFacade.requestResolution's actions. */
  static final List<String> ACTIONS = List.of("APLICAR", "DEVOLVER", "DESCARTAR");

  /**
   * APLICADO … CONFIRMADO; a line without an outcome yet (and the summaries' key for it) is
   * PENDIENTE.
   */
  public String outcome(String code) {
    return label("predial.conciliacion.resultado.", code == null ? "PENDIENTE" : code);
  }

  public String action(String code) {
    return code == null ? "" : label("predial.conciliacion.accion.", code);
  }

  public List<String> getActions() {
    return ACTIONS;
  }

  /** The outcomes a file has lines of, in the summary's order. */
  public List<String> outcomesOf(ReconciliationSummary s) {
    return List.copyOf(s.countByOutcome().keySet());
  }

  public String duration(JobExecutionSummary e) {
    return e.start() == null || e.end() == null
        ? ""
        : ReconciliationProgress.format(Duration.between(e.start(), e.end()));
  }

  private static String label(String prefix, String code) {
    try {
      return Messages.text(prefix + code);
    } catch (MissingResourceException e) {
      return code; // a code added to the facade before its label
    }
  }
}
