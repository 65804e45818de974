package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.CargoStatus;
import mx.gob.veracruz.predial.model.LineOutcome;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentChannel;

// Why its own bean: the rules per line, apart from the chunk's reading and writing in Reconciler.
/**
 * The outcome rules for one gateway report line against its charge (bank lines are matched as a set
 * by {@link BankSettlement}). Every line ends in exactly one outcome.
 */
@ApplicationScoped
public class LineMatcher {
  @Inject private mx.gob.veracruz.cobros.CobrosBatchFacade cobros;

  /**
   * A gateway report line: confirm what the webhook applied; apply what the webhook never brought.
   */
  public void gateway(ArchivoLinea l, ReconciliationChunk chunk) {
    Cargo c = l.getReferencia() == null ? null : chunk.charges.get(l.getReferencia());
    if (c == null) {
      mx.gob.veracruz.cobros.BankLineResult other;
      try {
        other =
            l.getReferencia() == null
                ? null
                : cobros.gatewayLine(
                    l.getReferencia(), l.getAmount(), l.getAuthorizationCode(), l.getPaidAt());
      } catch (jakarta.ejb.EJBException | BusinessRuleException e) {
        outcome(l, LineOutcome.DESCONOCIDA, "No se pudo aplicar al cobro de otro módulo: revisar");
        return;
      }
      if (other != null) {
        outcome(l, LineOutcome.valueOf(other.outcome()), other.detail());
        return;
      }
      outcome(l, LineOutcome.DESCONOCIDA, "El cargo no es nuestro");
      return;
    }
    l.setPredioId(c.getPredioId());
    if (l.getAmount() == null || l.getAmount().compareTo(c.getAmount()) != 0) {
      outcome(l, LineOutcome.DESCONOCIDA, AmountMismatch.describe(l.getAmount(), c.getAmount()));
      return;
    }
    if (c.getStatus() == CargoStatus.PAGADO) {
      l.setPagoId(c.getPagoId());
      outcome(l, LineOutcome.CONFIRMADO, "Aplicado antes por el aviso de la pasarela");
      return;
    }
    try {
      Pago pago =
          chunk.post(
              new PaymentPosting.PostCommand(
                  c.getPredioId(),
                  PaymentChannel.EN_LINEA,
                  "Autorización "
                      + l.getAuthorizationCode()
                      + " · cargo "
                      + c.getChargeId()
                      + " (conciliación)",
                  "pasarela:" + c.getChargeId(),
                  c.getAmount(),
                  c.getStatementDate(),
                  l.getPaidAt(),
                  c.getPayerName(),
                  null,
                  null,
                  null));
      c.setStatus(CargoStatus.PAGADO);
      c.setCompletedAt(java.time.Instant.now());
      c.setPagoId(pago.getId());
      l.setPagoId(pago.getId());
      outcome(
          l,
          LineOutcome.APLICADO,
          "Sin aviso de la pasarela: aplicado por la conciliación (pago " + pago.getFolio() + ")");
    } catch (BusinessRuleException e) {
      outcome(l, LineOutcome.SOBREPAGO, "No aplicable: " + e.getMessage());
    }
  }

  private static void outcome(ArchivoLinea l, LineOutcome outcome, String detail) {
    l.setOutcome(outcome);
    l.setDetail(Reconciler.cut(detail));
  }
}
