package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.cobros.CfdiCommand;
import mx.gob.veracruz.cobros.CfdiRequest;
import mx.gob.veracruz.cobros.DocumentLine;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.StatementLine;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PagoLinea;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Referencia;

/**
 * Builds receipts, payment slips and CFDIs from the records, with the same lines as the statement.
 */
@ApplicationScoped
public class PredialDocuments {
  public static final String PUBLIC_RFC = "XAXX010101000";

  @Inject private mx.gob.veracruz.cobros.CfdiIssuer cfdiIssuer;
  @Inject private PredialRepository repo;
  @Inject private PredialSettings settings;
  @Inject private StatementService statements;

  public byte[] receipt(Pago pago) {
    Predio p = repo.predio(pago.getPredioId());
    return ReceiptPdf.render(
        new ReceiptDocument(
            pago.getFolio(),
            pago.getPaidAt().atZone(CityClock.ZONE),
            p.getClaveCatastral(),
            StatementService.address(p),
            pago.getPayerName(),
            pago.getPayerRfc(),
            channelName(pago.getChannel()),
            pago.getChannelDetail(),
            lines(pago),
            pago.getAmount(),
            verificationUrl(pago),
            pago.getStatus() == PaymentStatus.CANCELADO,
            pago.getBalanceAfter(),
            pago.getStatementDate()));
  }

  public byte[] slip(Referencia r) {
    Predio p = repo.predio(r.getPredioId());
    Statement st = statements.statement(p, r.getStatementDate());
    mx.gob.veracruz.cobros.Bank bank =
        settings.banks().stream()
            .filter(b -> b.code().equals(r.getBank()))
            .findFirst()
            .orElseThrow();
    List<DocumentLine> lines = new ArrayList<>();
    for (StatementLine l : st.lines()) {
      lines.add(
          new DocumentLine(
              "Impuesto predial " + l.fiscalYear() + " (" + l.explanation() + ")", l.due()));
    }
    return PaymentSlipPdf.render(
        new SlipDocument(
            r.getReferencia(),
            bank.name(),
            bank.agreement(),
            p.getClaveCatastral(),
            st.ownerName(),
            lines,
            r.getAmount(),
            r.getValidUntil(),
            r.getIssuedAt().atZone(CityClock.ZONE),
            r.getAlgorithm()));
  }

  /** The CFDI of a payment, with the product and unit keys of the concept PRED-IMPUESTO. */
  public CfdiRequest cfdi(Pago pago, CfdiCommand c) {
    return cfdiIssuer.request(
        "PRED",
        pago.getFolio(),
        pago.getPaidAt(),
        c,
        pago.getChannel().formaPago(),
        lines(pago),
        pago.getAmount(),
        "PRED-IMPUESTO");
  }

  private List<DocumentLine> lines(Pago pago) {
    List<DocumentLine> out = new ArrayList<>();
    for (PagoLinea l : repo.list(PagoLinea.class, "PagoLinea.byPago", "pagoId", pago.getId())) {
      if (l.getSurcharge().signum() > 0) {
        out.add(new DocumentLine("Recargos predial " + l.getFiscalYear(), l.getSurcharge()));
      }
      if (l.getTax().signum() > 0) {
        String why =
            l.getDiscount().signum() > 0 ? " (descuento " + money(l.getDiscount()) + ")" : "";
        out.add(new DocumentLine("Impuesto predial " + l.getFiscalYear() + why, l.getTax()));
      }
    }
    return out;
  }

  public String verificationUrl(Pago pago) {
    return settings.publicUrl()
        + "/recibos/verificar.xhtml?folio="
        + pago.getFolio()
        + "&c="
        + pago.getVerificationCode();
  }

  /** The channel as printed on receipts and the public verification page (no bundle in ejb). */
  public static String channelName(PaymentChannel channel) {
    return switch (channel) {
      case CAJA_EFECTIVO -> "Caja municipal (efectivo)";
      case CAJA_TARJETA -> "Caja municipal (terminal bancaria)";
      case EN_LINEA -> "Pago en línea (tarjeta)";
      case BANCO -> "Banco (pago referenciado)";
    };
  }

  private static String money(BigDecimal v) {
    return "$" + String.format(java.util.Locale.US, "%,.2f", v);
  }
}
