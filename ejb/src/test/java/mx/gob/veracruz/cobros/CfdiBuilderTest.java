package mx.gob.veracruz.cobros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CfdiBuilderTest {

  static final List<DocumentLine> LINES =
      List.of(
          new DocumentLine(
              "Impuesto predial 2026, clave 193-001-023-004-000-000", new BigDecimal("1900.00")),
          new DocumentLine("Descuento por pago anticipado (20%)", new BigDecimal("-380.00")),
          new DocumentLine("Recargos 2025", new BigDecimal("26.46")),
          new DocumentLine("Condonación de recargos (campaña)", new BigDecimal("0.00")));

  static CfdiRequest request(String rfc) {
    return new CfdiRequest(
        "PRED",
        "2026-000123",
        LocalDateTime.of(2026, 1, 15, 10, 45, 12, 987_000_000),
        "91700",
        "MVE850101AB1",
        "MUNICIPIO DE VERACRUZ",
        "603",
        rfc,
        "MARIA JOSE PEÑA NUÑEZ",
        "91910",
        "605",
        "D10",
        "04",
        LINES,
        new BigDecimal("1546.46"),
        "93161700",
        "ACT");
  }

  @Test
  void buildsAnIncomeCfdiForThePublicAtLarge() throws Exception {
    Element root = parse(CfdiBuilder.build(request("XAXX010101000")));

    assertThat(root.getNamespaceURI()).isEqualTo("http://www.sat.gob.mx/cfd/4");
    assertThat(root.getLocalName()).isEqualTo("Comprobante");
    assertThat(root.getAttribute("Version")).isEqualTo("4.0");
    assertThat(root.getAttribute("Fecha")).isEqualTo("2026-01-15T10:45:12");
    assertThat(root.getAttribute("TipoDeComprobante")).isEqualTo("I");
    assertThat(root.getAttribute("MetodoPago")).isEqualTo("PUE");
    assertThat(root.getAttribute("Moneda")).isEqualTo("MXN");
    assertThat(root.getAttribute("Exportacion")).isEqualTo("01");
    assertThat(root.getAttribute("SubTotal")).isEqualTo("1926.46");
    assertThat(root.getAttribute("Descuento")).isEqualTo("380.00");
    assertThat(root.getAttribute("Total")).isEqualTo("1546.46");
    assertThat(root.getAttribute("NoCertificado")).matches("[0-9]{20}");
    Element global = child(root, "InformacionGlobal");
    assertThat(global.getAttribute("Periodicidad")).isEqualTo("01");
    assertThat(global.getAttribute("Meses")).isEqualTo("01");
    assertThat(global.getAttribute("Año")).isEqualTo("2026");
    Element receptor = child(root, "Receptor");
    assertThat(receptor.getAttribute("Rfc")).isEqualTo("XAXX010101000");
    assertThat(receptor.getAttribute("Nombre")).isEqualTo("PUBLICO EN GENERAL");
    assertThat(receptor.getAttribute("DomicilioFiscalReceptor")).isEqualTo("91700");
    assertThat(receptor.getAttribute("RegimenFiscalReceptor")).isEqualTo("616");
    assertThat(receptor.getAttribute("UsoCFDI")).isEqualTo("S01");
  }

  @Test
  void turnsDiscountsIntoTheDescuentoOfThePrecedingChargeAndDropsZeroLines() throws Exception {
    NodeList conceptos =
        parse(CfdiBuilder.build(request("XAXX010101000")))
            .getElementsByTagNameNS(CfdiBuilder.CFDI_NS, "Concepto");

    assertThat(conceptos.getLength()).isEqualTo(2);
    Element tax = (Element) conceptos.item(0);
    assertThat(tax.getAttribute("ClaveProdServ")).isEqualTo("93161700");
    assertThat(tax.getAttribute("ClaveUnidad")).isEqualTo("ACT");
    assertThat(tax.getAttribute("Cantidad")).isEqualTo("1");
    assertThat(tax.getAttribute("ObjetoImp")).isEqualTo("01");
    assertThat(tax.getAttribute("ValorUnitario")).isEqualTo("1900.00");
    assertThat(tax.getAttribute("Importe")).isEqualTo("1900.00");
    assertThat(tax.getAttribute("Descuento")).isEqualTo("380.00");
    assertThat(((Element) conceptos.item(1)).hasAttribute("Descuento")).isFalse();
  }

  @Test
  void usesTheReceptorDataOfAPersonWithRfcAndNoGlobalInformation() throws Exception {
    Element root = parse(CfdiBuilder.build(request("PENM800101AB1")));

    assertThat(root.getElementsByTagNameNS(CfdiBuilder.CFDI_NS, "InformacionGlobal").getLength())
        .isZero();
    Element receptor = child(root, "Receptor");
    assertThat(receptor.getAttribute("Rfc")).isEqualTo("PENM800101AB1");
    assertThat(receptor.getAttribute("Nombre")).isEqualTo("MARIA JOSE PEÑA NUÑEZ");
    assertThat(receptor.getAttribute("DomicilioFiscalReceptor")).isEqualTo("91910");
    assertThat(receptor.getAttribute("RegimenFiscalReceptor")).isEqualTo("605");
    assertThat(receptor.getAttribute("UsoCFDI")).isEqualTo("D10");
  }

  @Test
  void eachConceptCarriesTheRevenueConceptsSatKeys() throws Exception {
    CfdiRequest r = request("XAXX010101000");
    CfdiRequest other =
        new CfdiRequest(
            "COB",
            r.folio(),
            r.fecha(),
            r.lugarExpedicion(),
            r.emisorRfc(),
            r.emisorNombre(),
            r.emisorRegimenFiscal(),
            r.receptorRfc(),
            r.receptorNombre(),
            r.receptorDomicilioFiscalCp(),
            r.receptorRegimenFiscal(),
            r.usoCfdi(),
            "01",
            List.of(
                new DocumentLine(
                    "Derechos por constancia de residencia", new BigDecimal("150.00"))),
            new BigDecimal("150.00"),
            "80131500",
            "E48");
    Element root = parse(CfdiBuilder.build(other));
    Element concepto =
        (Element) root.getElementsByTagNameNS("http://www.sat.gob.mx/cfd/4", "Concepto").item(0);
    assertThat(concepto.getAttribute("ClaveProdServ")).isEqualTo("80131500");
    assertThat(concepto.getAttribute("ClaveUnidad")).isEqualTo("E48");
    assertThat(root.getAttribute("Serie")).isEqualTo("COB");
    assertThatThrownBy(
            () ->
                new CfdiRequest(
                    "COB",
                    r.folio(),
                    r.fecha(),
                    r.lugarExpedicion(),
                    r.emisorRfc(),
                    r.emisorNombre(),
                    r.emisorRegimenFiscal(),
                    r.receptorRfc(),
                    r.receptorNombre(),
                    r.receptorDomicilioFiscalCp(),
                    r.receptorRegimenFiscal(),
                    r.usoCfdi(),
                    "01",
                    r.lines(),
                    r.total(),
                    "9316",
                    "ACT"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsATotalThatDoesNotMatchTheLines() {
    CfdiRequest r = request("XAXX010101000");
    CfdiRequest wrong =
        new CfdiRequest(
            r.serie(),
            r.folio(),
            r.fecha(),
            r.lugarExpedicion(),
            r.emisorRfc(),
            r.emisorNombre(),
            r.emisorRegimenFiscal(),
            r.receptorRfc(),
            r.receptorNombre(),
            r.receptorDomicilioFiscalCp(),
            r.receptorRegimenFiscal(),
            r.usoCfdi(),
            r.formaPago(),
            r.lines(),
            new BigDecimal("1520.00"),
            r.claveProdServ(),
            r.claveUnidad());
    assertThatThrownBy(() -> CfdiBuilder.build(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no cuadra");
  }

  @Test
  void rejectsADiscountWithoutACharge() {
    CfdiRequest r = request("XAXX010101000");
    CfdiRequest wrong =
        new CfdiRequest(
            r.serie(),
            r.folio(),
            r.fecha(),
            r.lugarExpedicion(),
            r.emisorRfc(),
            r.emisorNombre(),
            r.emisorRegimenFiscal(),
            r.receptorRfc(),
            r.receptorNombre(),
            r.receptorDomicilioFiscalCp(),
            r.receptorRegimenFiscal(),
            r.usoCfdi(),
            r.formaPago(),
            List.of(new DocumentLine("Descuento", new BigDecimal("-10.00"))),
            new BigDecimal("0.00"),
            r.claveProdServ(),
            r.claveUnidad());
    assertThatThrownBy(() -> CfdiBuilder.build(wrong)).isInstanceOf(IllegalArgumentException.class);
  }

  static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  private static Element child(Element root, String localName) {
    return (Element) root.getElementsByTagNameNS(CfdiBuilder.CFDI_NS, localName).item(0);
  }
}
