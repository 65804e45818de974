package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.predial.model.Alerta;
import mx.gob.veracruz.predial.model.AlertaKind;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.Pago;

// Why its own bean: it checks the payments against the report, not the report's lines.
/** Alerts for webhook payments a gateway report does not list, raised when its job finishes. */
@ApplicationScoped
public class UnreportedPayments {
  @Inject private PredialRepository repo;
  @Inject private ReconciliationRepository reconciliations;

  /**
   * Flags the online payments a webhook applied on the gateway report's (UTC) date that the report
   * does not list: the money may never reach the treasury. Once per report and payment.
   */
  public int flagUnreported(Archivo report) {
    if (!Reconciler.isGateway(report)) {
      return 0;
    }
    List<Pago> missing = reconciliations.onlinePaymentsMissingFrom(report);
    int flagged = 0;
    for (Pago p : missing) {
      if (repo.one(
              Alerta.class, "Alerta.byArchivoPago", "archivo", report.getId(), "pago", p.getId())
          .isEmpty()) {
        repo.persist(
            new Alerta(
                report.getId(),
                p,
                AlertaKind.SIN_REPORTE_PASARELA,
                Reconciler.cut(
                    "Pago "
                        + p.getFolio()
                        + " aplicado por el aviso de la pasarela ("
                        + p.getExternalKey().substring("pasarela:".length())
                        + ") que no aparece en su reporte del "
                        + report.getBusinessDate())));
      }
      flagged++;
    }
    return flagged;
  }
}
