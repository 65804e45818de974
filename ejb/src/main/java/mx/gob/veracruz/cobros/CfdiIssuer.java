package mx.gob.veracruz.cobros;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.veracruz.cobros.internal.CobrosRepository;
import mx.gob.veracruz.cobros.model.ConceptoIngreso;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;

/**
 * One way to invoice any payment (predial's receipts, every module's cobros): the taxpayer's fiscal
 * data checked, the CFDI 4.0 built with the revenue concept's SAT product and unit keys, validated
 * against SAT's schema before it leaves, stamped by the PAC and its UUID read back.
 */
@ApplicationScoped
public class CfdiIssuer {
  private static final Pattern UUID_ATTR = Pattern.compile("UUID=\"([0-9A-Fa-f-]{36})\"");
  private static final Pattern RFC = Pattern.compile("^[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{3}$");

  /** A stamped CFDI: its fiscal UUID and the XML the PAC returned. */
  public record Stamped(String uuid, String xml) {}

  @Inject private PaymentSettings settings;
  @Inject private PacClient pac;
  @Inject private CobrosRepository repo;

  /** The taxpayer's data: blank RFC (or the generic one) is the public at large. */
  public static void checkFiscalData(CfdiCommand c) {
    if (c == null || c.rfc() == null || c.rfc().isBlank()) {
      return;
    }
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
          "Para facturar a su RFC capture nombre o razón social, código postal fiscal, régimen y uso"
              + " del CFDI tal como aparecen en su constancia de situación fiscal");
    }
  }

  /** The request for one payment, from the municipality's settings and the concept's SAT keys. */
  public CfdiRequest request(
      String serie,
      String folio,
      Instant paidAt,
      CfdiCommand c,
      String formaPago,
      List<DocumentLine> lines,
      BigDecimal total,
      String conceptCode) {
    ConceptoIngreso concept =
        repo.concept(conceptCode)
            .orElseThrow(
                () -> new IllegalStateException("Concepto de ingreso desconocido: " + conceptCode));
    boolean general =
        c == null
            || c.rfc() == null
            || c.rfc().isBlank()
            || CfdiBuilder.PUBLIC_RFC.equalsIgnoreCase(c.rfc().trim());
    String cp = settings.issuerPostalCode();
    return new CfdiRequest(
        serie,
        folio.replaceAll("[^0-9]", ""),
        LocalDateTime.ofInstant(paidAt, CityClock.ZONE).withNano(0),
        cp,
        settings.issuerRfc(),
        settings.issuerName(),
        settings.issuerRegime(),
        general ? CfdiBuilder.PUBLIC_RFC : c.rfc().trim().toUpperCase(),
        general ? "PUBLICO EN GENERAL" : c.nombre().trim().toUpperCase(),
        general ? cp : c.codigoPostal(),
        general ? "616" : c.regimenFiscal(),
        general ? "S01" : c.usoCfdi(),
        formaPago,
        lines,
        total,
        concept.getClaveProdServ(),
        concept.getClaveUnidad());
  }

  /** Validated against SAT's schema, then stamped; a schema error never reaches the PAC. */
  public Stamped issue(CfdiRequest r) {
    String xml = CfdiBuilder.build(r);
    List<String> errors = CfdiValidator.validate(xml);
    if (!errors.isEmpty()) {
      throw new BusinessRuleException(
          "cfdi-invalido", null, "El CFDI no cumple el esquema del SAT: " + errors.get(0));
    }
    String stamped = pac.stamp(xml);
    Matcher m = UUID_ATTR.matcher(stamped);
    if (!m.find()) {
      throw new BusinessRuleException(
          "pac-respuesta", null, "El proveedor no devolvió el timbre fiscal");
    }
    return new Stamped(m.group(1).toUpperCase(), stamped);
  }
}
