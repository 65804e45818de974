package mx.gob.veracruz.cobros;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the unsigned CFDI 4.0 XML of a predial payment. Sello and Certificado stay empty and
 * NoCertificado is a placeholder: the PAC (or the local sandbox) seals and stamps the document.
 */
public final class CfdiBuilder {

  static final String CFDI_NS = "http://www.sat.gob.mx/cfd/4";
  static final String SCHEMA_LOCATION =
      CFDI_NS + " http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd";
  public static final String PUBLIC_RFC = "XAXX010101000";

  /** 20 digits like SAT's certificate serials; replaced when the PAC seals the CFDI. */
  static final String PLACEHOLDER_NO_CERTIFICADO = "30001000000500003416";

  /**
   * c_ObjetoImp "No objeto de impuesto": municipal taxes, derechos and aprovechamientos carry no
   * IVA.
   */
  static final String OBJETO_IMP = "01";

  private static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
  private static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private CfdiBuilder() {}

  public static String build(CfdiRequest r) {
    requireComplete(r);
    List<Concept> concepts = concepts(r.lines());
    BigDecimal subTotal = sum(concepts, false);
    BigDecimal discount = sum(concepts, true);
    if (subTotal.subtract(discount).compareTo(r.total()) != 0) {
      throw new IllegalArgumentException(
          "El total " + r.total() + " no cuadra con los conceptos: " + subTotal + " - " + discount);
    }
    Document xml = newDocument();
    Element root = xml.createElementNS(CFDI_NS, "cfdi:Comprobante");
    xml.appendChild(root);
    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI_NS);
    root.setAttributeNS(XSI_NS, "xsi:schemaLocation", SCHEMA_LOCATION);
    root.setAttribute("Version", "4.0");
    setIfPresent(root, "Serie", r.serie());
    setIfPresent(root, "Folio", r.folio());
    root.setAttribute("Fecha", FECHA.format(r.fecha().truncatedTo(ChronoUnit.SECONDS)));
    root.setAttribute("Sello", "");
    root.setAttribute("FormaPago", r.formaPago());
    root.setAttribute("NoCertificado", PLACEHOLDER_NO_CERTIFICADO);
    root.setAttribute("Certificado", "");
    root.setAttribute("SubTotal", subTotal.toPlainString());
    if (discount.signum() > 0) {
      root.setAttribute("Descuento", discount.toPlainString());
    }
    root.setAttribute("Moneda", "MXN");
    root.setAttribute("Total", r.total().setScale(2).toPlainString());
    root.setAttribute("TipoDeComprobante", "I");
    root.setAttribute("Exportacion", "01");
    // paid in full when the receipt is issued: "pago en una sola exhibición"
    root.setAttribute("MetodoPago", "PUE");
    root.setAttribute("LugarExpedicion", r.lugarExpedicion());
    boolean publicAtLarge = PUBLIC_RFC.equals(r.receptorRfc());
    if (publicAtLarge) {
      root.appendChild(informacionGlobal(xml, r));
    }
    root.appendChild(emisor(xml, r));
    root.appendChild(publicAtLarge ? publicReceptor(xml, r) : receptor(xml, r));
    root.appendChild(conceptos(xml, concepts, r));
    return serialize(xml);
  }

  /** SAT requires it whenever the receptor is the generic RFC; one receipt is a daily period. */
  private static Element informacionGlobal(Document xml, CfdiRequest r) {
    Element global = xml.createElementNS(CFDI_NS, "cfdi:InformacionGlobal");
    global.setAttribute("Periodicidad", "01");
    global.setAttribute("Meses", String.format("%02d", r.fecha().getMonthValue()));
    global.setAttribute("Año", String.valueOf(r.fecha().getYear()));
    return global;
  }

  private static Element emisor(Document xml, CfdiRequest r) {
    Element emisor = xml.createElementNS(CFDI_NS, "cfdi:Emisor");
    emisor.setAttribute("Rfc", r.emisorRfc());
    emisor.setAttribute("Nombre", r.emisorNombre());
    emisor.setAttribute("RegimenFiscal", r.emisorRegimenFiscal());
    return emisor;
  }

  /** SAT's fixed values for the public at large: its postal code is the place of issue. */
  private static Element publicReceptor(Document xml, CfdiRequest r) {
    Element receptor = xml.createElementNS(CFDI_NS, "cfdi:Receptor");
    receptor.setAttribute("Rfc", PUBLIC_RFC);
    receptor.setAttribute("Nombre", "PUBLICO EN GENERAL");
    receptor.setAttribute("DomicilioFiscalReceptor", r.lugarExpedicion());
    receptor.setAttribute("RegimenFiscalReceptor", "616");
    receptor.setAttribute("UsoCFDI", "S01");
    return receptor;
  }

  private static Element receptor(Document xml, CfdiRequest r) {
    for (String value :
        List.of(
            nonNull(r.receptorNombre()),
            nonNull(r.receptorDomicilioFiscalCp()),
            nonNull(r.receptorRegimenFiscal()),
            nonNull(r.usoCfdi()))) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(
            "Nombre, código postal, régimen fiscal y uso del CFDI del receptor son obligatorios");
      }
    }
    Element receptor = xml.createElementNS(CFDI_NS, "cfdi:Receptor");
    receptor.setAttribute("Rfc", r.receptorRfc());
    // passed through untouched: SAT matches it against its register, so it must be written as the
    // taxpayer's Constancia de Situación Fiscal prints it
    receptor.setAttribute("Nombre", r.receptorNombre());
    receptor.setAttribute("DomicilioFiscalReceptor", r.receptorDomicilioFiscalCp());
    receptor.setAttribute("RegimenFiscalReceptor", r.receptorRegimenFiscal());
    receptor.setAttribute("UsoCFDI", r.usoCfdi());
    return receptor;
  }

  private static Element conceptos(Document xml, List<Concept> concepts, CfdiRequest r) {
    Element conceptos = xml.createElementNS(CFDI_NS, "cfdi:Conceptos");
    for (Concept c : concepts) {
      Element concepto = xml.createElementNS(CFDI_NS, "cfdi:Concepto");
      concepto.setAttribute("ClaveProdServ", r.claveProdServ());
      concepto.setAttribute("Cantidad", "1");
      concepto.setAttribute("ClaveUnidad", r.claveUnidad());
      concepto.setAttribute("Descripcion", c.description);
      concepto.setAttribute("ValorUnitario", c.amount.toPlainString());
      concepto.setAttribute("Importe", c.amount.toPlainString());
      if (c.discount.signum() > 0) {
        concepto.setAttribute("Descuento", c.discount.toPlainString());
      }
      concepto.setAttribute("ObjetoImp", OBJETO_IMP);
      conceptos.appendChild(concepto);
    }
    return conceptos;
  }

  /**
   * CFDI amounts cannot be negative, so a negative line (discount, condonation) becomes the
   * Descuento of the charge line before it; zero lines are left out, as SAT rejects a zero
   * ValorUnitario on an income CFDI.
   */
  private static List<Concept> concepts(List<DocumentLine> lines) {
    List<Concept> concepts = new ArrayList<>();
    for (DocumentLine line : lines) {
      if (line.amount().signum() > 0) {
        concepts.add(new Concept(line.concept(), line.amount()));
      } else if (line.amount().signum() < 0) {
        if (concepts.isEmpty()) {
          throw new IllegalArgumentException("Un descuento debe seguir a un cargo: " + line);
        }
        concepts.get(concepts.size() - 1).addDiscount(line.amount().negate());
      }
    }
    if (concepts.isEmpty()) {
      throw new IllegalArgumentException("El CFDI necesita al menos un concepto con importe");
    }
    return concepts;
  }

  private static BigDecimal sum(List<Concept> concepts, boolean discounts) {
    return concepts.stream()
        .map(c -> discounts ? c.discount : c.amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  private static void setIfPresent(Element e, String name, String value) {
    if (value != null && !value.isBlank()) {
      e.setAttribute(name, value);
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static void requireComplete(CfdiRequest r) {
    if (r == null
        || r.fecha() == null
        || r.lugarExpedicion() == null
        || r.emisorRfc() == null
        || r.emisorNombre() == null
        || r.emisorRegimenFiscal() == null
        || r.receptorRfc() == null
        || r.formaPago() == null
        || r.total() == null) {
      throw new IllegalArgumentException(
          "Fecha, lugar de expedición, emisor, RFC del receptor, forma de pago y total son"
              + " obligatorios");
    }
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String serialize(Document xml) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.STANDALONE, "no");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(xml), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A charge line with the discounts that follow it. */
  private static final class Concept {
    private final String description;
    private final BigDecimal amount;
    private BigDecimal discount = BigDecimal.ZERO.setScale(2);

    Concept(String description, BigDecimal amount) {
      this.description = description;
      this.amount = amount;
    }

    void addDiscount(BigDecimal more) {
      discount = discount.add(more);
      if (discount.compareTo(amount) > 0) {
        throw new IllegalArgumentException("El descuento excede el cargo de " + description);
      }
    }
  }
}
