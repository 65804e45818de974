package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import mx.gob.veracruz.cobros.CheckDigitAlgorithms;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.CargoStatus;
import mx.gob.veracruz.predial.model.LineOutcome;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Referencia;
import mx.gob.veracruz.predial.model.ReferenciaStatus;

// Why its own bean: the rules per line, apart from the chunk's reading and writing in Reconciler.
/**
 * The outcome rules for one settlement line against its chunk: a bank line against its slip's
 * reference, a gateway report line against its charge. Every line ends in exactly one outcome.
 */
@ApplicationScoped
public class LineMatcher {
  @Inject private PredialSettings settings;
  @Inject private mx.gob.veracruz.cobros.CobrosBatchFacade cobros;

  /** A bank line: apply it to its slip's predio, or say why not. */
  public void bank(ArchivoLinea l, Archivo a, ReconciliationChunk chunk) {
    String ref = l.getReferencia() == null ? "" : l.getReferencia();
    String algorithm =
        chunk
            .algorithms
            .computeIfAbsent(
                a.getBank(),
                bank ->
                    settings.banks().stream()
                        .filter(b -> b.code().equalsIgnoreCase(bank))
                        .map(mx.gob.veracruz.cobros.Bank::algorithm)
                        .findFirst())
            .orElse(null);
    if (!ref.matches("\\d{17,18}")
        || l.getAmount() == null
        || l.getAmount().signum() <= 0
        || algorithm != null && !CheckDigitAlgorithms.byId(algorithm).isValid(ref)) {
      outcome(
          l,
          LineOutcome.MAL_FORMADA,
          "Referencia o importe con formato inválido para " + a.getBank());
      return;
    }
    Referencia r = chunk.references.get(ref);
    if (r == null) {
      // not a predial slip: the charge of whichever module issued it (trámites, becas, ...)
      mx.gob.veracruz.cobros.BankLineResult other;
      try {
        other =
            cobros.bankLine(
                ref, a.getBank(), l.getAmount(), l.getPaidAt(), l.getAuthorizationCode());
      } catch (jakarta.ejb.EJBException | BusinessRuleException e) {
        outcome(l, LineOutcome.DESCONOCIDA, "No se pudo aplicar al cobro de otro módulo: revisar");
        return;
      }
      if (other != null) {
        outcome(l, LineOutcome.valueOf(other.outcome()), other.detail());
        return;
      }
      outcome(l, LineOutcome.DESCONOCIDA, "La referencia no corresponde a ningún formato emitido");
      return;
    }
    l.setPredioId(r.getPredioId());
    String key = Reconciler.bankKey(a, l);
    if (chunk.postedKeys.contains(key) || r.getStatus() == ReferenciaStatus.PAGADA) {
      outcome(
          l,
          LineOutcome.DUPLICADO,
          "La referencia ya fue pagada"
              + (r.getPagoId() == null ? "" : " (pago " + r.getPagoId() + ")"));
      return;
    }
    LocalDateTime paid = LocalDateTime.ofInstant(l.getPaidAt(), Reconciler.BANK_TIME);
    if (r.getStatus() == ReferenciaStatus.SUSTITUIDA
        || paid.toLocalDate().isAfter(r.getValidUntil())) {
      outcome(
          l,
          LineOutcome.VENCIDA,
          r.getStatus() == ReferenciaStatus.SUSTITUIDA
              ? "Referencia sustituida por un formato posterior"
              : "Pagada el " + paid.toLocalDate() + ", vigente hasta el " + r.getValidUntil());
      return;
    }
    BigDecimal amount = l.getAmount();
    int cmp = amount.compareTo(r.getAmount());
    BigDecimal toPost = cmp > 0 ? r.getAmount() : amount;
    Predio p = chunk.predios.get(r.getPredioId());
    Statement st = chunk.statement(p, r.getStatementDate());
    if (st.total().compareTo(toPost) < 0) {
      toPost = st.total();
    }
    if (toPost.signum() <= 0) {
      outcome(
          l, LineOutcome.SOBREPAGO, "El predio ya no tenía adeudo: " + amount + " por devolver");
      return;
    }
    try {
      Pago pago =
          chunk.post(
              new PaymentPosting.PostCommand(
                  p.getId(),
                  PaymentChannel.BANCO,
                  a.getBank()
                      + " · referencia "
                      + ref
                      + " · autorización "
                      + l.getAuthorizationCode(),
                  key,
                  toPost,
                  r.getStatementDate(),
                  l.getPaidAt(),
                  null,
                  null,
                  null,
                  null));
      l.setPagoId(pago.getId());
      pago.setBank(a.getBank());
      if (cmp >= 0 && toPost.compareTo(r.getAmount()) == 0) {
        r.setStatus(ReferenciaStatus.PAGADA);
        r.setPagoId(pago.getId());
      }
      BigDecimal excess = amount.subtract(toPost);
      if (excess.signum() > 0) {
        outcome(
            l,
            LineOutcome.SOBREPAGO,
            "Aplicado "
                + toPost
                + "; excedente "
                + excess
                + " por devolver (pago "
                + pago.getFolio()
                + ")");
      } else if (cmp < 0) {
        outcome(
            l,
            LineOutcome.PARCIAL,
            "Pago parcial de "
                + amount
                + " sobre "
                + r.getAmount()
                + " (pago "
                + pago.getFolio()
                + ")");
      } else {
        outcome(l, LineOutcome.APLICADO, "Pago " + pago.getFolio());
      }
    } catch (BusinessRuleException e) {
      outcome(l, LineOutcome.SOBREPAGO, "No aplicable: " + e.getMessage());
    }
  }

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
