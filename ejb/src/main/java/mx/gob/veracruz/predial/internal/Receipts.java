package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.AdjustmentView;
import mx.gob.veracruz.predial.CfdiCommand;
import mx.gob.veracruz.predial.model.Ajuste;
import mx.gob.veracruz.predial.model.AjusteKind;
import mx.gob.veracruz.predial.model.AjusteStatus;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentStatus;

/** Receipts after the fact: lookup, CFDI on request, cancellation with a supervisor's approval. */
@ApplicationScoped
public class Receipts {
  private static final Pattern UUID_ATTR = Pattern.compile("UUID=\"([0-9A-Fa-f-]{36})\"");
  private static final Pattern RFC = Pattern.compile("^[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{3}$");

  @Inject private PredialRepository repo;
  @Inject private PredialDocuments documents;
  @Inject private PacClient pac;
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
    if (c != null && c.rfc() != null && !c.rfc().isBlank()) {
      String rfc = c.rfc().trim().toUpperCase();
      if (!RFC.matcher(rfc).matches()) {
        throw new BusinessRuleException("rfc-invalido", "rfc", "El RFC no tiene un formato válido");
      }
      if (c.nombre() == null
          || c.nombre().isBlank()
          || c.codigoPostal() == null
          || !c.codigoPostal().matches("\\d{5}")
          || c.regimenFiscal() == null
          || !c.regimenFiscal().matches("\\d{3}")
          || c.usoCfdi() == null
          || c.usoCfdi().isBlank()) {
        throw new BusinessRuleException(
            "datos-fiscales",
            "rfc",
            "Para facturar a su RFC capture nombre o razón social, código postal fiscal, régimen y uso del CFDI"
                + " tal como aparecen en su constancia de situación fiscal");
      }
    }
    List<String> errors = CfdiValidator.validate(documents.cfdi(pago, c));
    if (!errors.isEmpty()) {
      throw new BusinessRuleException(
          "cfdi-invalido", null, "El CFDI no cumple el esquema del SAT: " + errors.get(0));
    }
    String stamped = pac.stamp(documents.cfdi(pago, c));
    Matcher m = UUID_ATTR.matcher(stamped);
    if (!m.find()) {
      throw new BusinessRuleException(
          "pac-respuesta", null, "El proveedor no devolvió el timbre fiscal");
    }
    pago.setCfdiUuid(m.group(1).toUpperCase());
    pago.setCfdiXml(stamped);
    return stamped;
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
