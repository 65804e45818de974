package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import mx.gob.veracruz.cobros.CfdiCommand;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.AdjustmentView;
import mx.gob.veracruz.predial.model.Ajuste;
import mx.gob.veracruz.predial.model.AjusteKind;
import mx.gob.veracruz.predial.model.AjusteStatus;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentStatus;

/** Receipts after the fact: lookup, CFDI on request, cancellation with a supervisor's approval. */
@ApplicationScoped
public class Receipts {

  @Inject private mx.gob.veracruz.cobros.CfdiIssuer cfdiIssuer;
  @Inject private PredialRepository repo;
  @Inject private PredialDocuments documents;
  @Inject private PaymentPosting posting;

  public Pago byFolio(String folio) {
    return repo.one(
            Pago.class, "Pago.byFolio", "folio", folio == null ? "" : folio.trim().toUpperCase())
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "recibo-no-encontrado", "folio", "No existe un recibo con ese folio"));
  }

  public String cfdi(Pago pago, CfdiCommand c) {
    if (pago.getCfdiXml() != null) {
      return pago.getCfdiXml();
    }
    if (pago.getStatus() != PaymentStatus.APLICADO) {
      throw new BusinessRuleException("pago-cancelado", null, "No se factura un pago cancelado");
    }
    mx.gob.veracruz.cobros.CfdiIssuer.checkFiscalData(c);
    mx.gob.veracruz.cobros.CfdiIssuer.Stamped stamped = cfdiIssuer.issue(documents.cfdi(pago, c));
    pago.setCfdiUuid(stamped.uuid());
    pago.setCfdiXml(stamped.xml());
    return stamped.xml();
  }

  public AdjustmentView requestCancellation(Pago pago, String reason, String user) {
    if (pago.getStatus() != PaymentStatus.APLICADO) {
      throw new BusinessRuleException("pago-cancelado", null, "El pago ya está cancelado");
    }
    String why = mx.gob.veracruz.common.TwoPersonRule.reason(reason, "motivo");
    boolean pending =
        repo.list(Ajuste.class, "Ajuste.byPago", "pagoId", pago.getId()).stream()
            .anyMatch(a -> a.getStatus() == AjusteStatus.PENDIENTE);
    if (pending) {
      throw new BusinessRuleException(
          "ajuste-pendiente", null, "Ya hay una solicitud pendiente para este pago");
    }
    Ajuste a = new Ajuste();
    a.setPagoId(pago.getId());
    a.setKind(AjusteKind.CANCELACION);
    a.setReason(why);
    a.setRequestedBy(user);
    a.setRequestedAt(Instant.now());
    a.setStatus(AjusteStatus.PENDIENTE);
    repo.persist(a);
    repo.flush();
    return view(a);
  }

  public AdjustmentView decide(Long id, boolean approve, String note, String supervisor) {
    Ajuste a = repo.find(Ajuste.class, id);
    if (a == null || a.getStatus() != AjusteStatus.PENDIENTE) {
      throw new BusinessRuleException(
          "ajuste-no-pendiente", null, "La solicitud no existe o ya fue resuelta");
    }
    mx.gob.veracruz.common.TwoPersonRule.checkDecider(a.getRequestedBy(), supervisor);
    a.setStatus(approve ? AjusteStatus.APROBADO : AjusteStatus.RECHAZADO);
    a.setDecidedBy(supervisor);
    a.setDecidedAt(Instant.now());
    a.setDecisionNote(note == null ? null : note.trim());
    if (approve) {
      posting.reverse(repo.find(Pago.class, a.getPagoId()), a.getReason());
    }
    return view(a);
  }

  public AdjustmentView view(Ajuste a) {
    Pago p = repo.find(Pago.class, a.getPagoId());
    return new AdjustmentView(
        a.getId(),
        a.getPagoId(),
        p.getFolio(),
        p.getAmount(),
        a.getReason(),
        a.getRequestedBy(),
        a.getRequestedAt(),
        a.getStatus(),
        a.getDecidedBy(),
        a.getDecidedAt(),
        a.getDecisionNote());
  }
}
