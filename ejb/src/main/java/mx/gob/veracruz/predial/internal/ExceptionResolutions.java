package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.ReconciliationLine;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.ResolutionAction;

// Why its own bean: the queue's only writes, each guarded by common.TwoPersonRule.
/**
 * The two-person resolution of an exception line: one person asks to apply, refund or discard it,
 * another approves or rejects; an approved APLICAR posts the payment.
 */
@ApplicationScoped
public class ExceptionResolutions {
  @Inject private PredialRepository repo;
  @Inject private ReconciliationRepository reconciliations;
  @Inject private PaymentPosting posting;

  public ReconciliationLine request(
      Long lineId, String code, Long predioId, String note, String user) {
    ArchivoLinea l = open(lineId);
    ResolutionAction action = actionOf(code);
    String why = mx.gob.veracruz.common.TwoPersonRule.reason(note, "note");
    if (action == ResolutionAction.APLICAR) {
      repo.predio(predioId);
      if (l.getAmount() == null || l.getAmount().signum() <= 0) {
        throw new BusinessRuleException(
            "importe-invalido", "action", "La línea no tiene un importe aplicable");
      }
    }
    l.setResolution(action);
    l.setResolutionNote(why);
    l.setResolutionPredioId(action == ResolutionAction.APLICAR ? predioId : null);
    l.setRequestedBy(user);
    return ReconciliationExceptions.view(l, reconciliations.archivo(l.getArchivoId()));
  }

  public ReconciliationLine decide(Long lineId, boolean approve, String supervisor) {
    ArchivoLinea l = open(lineId);
    if (l.getResolution() == null) {
      throw new BusinessRuleException(
          "sin-solicitud", null, "No hay una solicitud pendiente para esta línea");
    }
    mx.gob.veracruz.common.TwoPersonRule.checkDecider(l.getRequestedBy(), supervisor);
    if (!approve) {
      l.setResolution(null);
      l.setRequestedBy(null);
      return ReconciliationExceptions.view(l, reconciliations.archivo(l.getArchivoId()));
    }
    if (l.getResolution() == ResolutionAction.APLICAR) {
      Pago pago =
          posting.post(
              new PaymentPosting.PostCommand(
                  l.getResolutionPredioId(),
                  PaymentChannel.BANCO,
                  "Excepción de conciliación, línea " + l.getLineNo() + " · " + l.getReferencia(),
                  "excepcion:" + l.getId(),
                  l.getAmount(),
                  LocalDate.ofInstant(
                      l.getPaidAt() == null ? Instant.now() : l.getPaidAt(), Reconciler.BANK_TIME),
                  l.getPaidAt() == null ? Instant.now() : l.getPaidAt(),
                  null,
                  null,
                  null,
                  null));
      l.setPagoId(pago.getId()); // the allocation refuses more than the predio owes
    }
    l.setResolvedBy(supervisor);
    l.setResolvedAt(Instant.now());
    return ReconciliationExceptions.view(l, reconciliations.archivo(l.getArchivoId()));
  }

  private static ResolutionAction actionOf(String code) {
    try {
      return ResolutionAction.valueOf(code == null ? "" : code);
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "accion-invalida", "action", "Elija aplicar, devolver o descartar");
    }
  }

  private ArchivoLinea open(Long lineId) {
    ArchivoLinea l = reconciliations.line(lineId);
    if (l == null
        || !ReconciliationExceptions.EXCEPTIONS.contains(l.getOutcome())
        || l.getResolvedAt() != null) {
      throw new BusinessRuleException(
          "excepcion-no-encontrado", "line", "La línea no es una excepción abierta");
    }
    return l;
  }
}
