package mx.gob.veracruz.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import mx.gob.veracruz.sandbox.Http.HttpError;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The PAC: {@code POST /pac/v1/stamp} checks a CFDI 4.0 and returns it with a {@code
 * tfd:TimbreFiscalDigital} 1.1 in {@code cfdi:Complemento}. A second stamp of the same Emisor RFC +
 * Serie + Folio returns the first stamped document ({@code Pac-Replayed: true}).
 */
final class PacStamper {

  static final String CFDI_NS = "http://www.sat.gob.mx/cfd/4";
  static final String TFD_NS = "http://www.sat.gob.mx/TimbreFiscalDigital";
  static final String TFD_SCHEMA_LOCATION =
      TFD_NS
          + " http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd";
  static final String RFC_PROV_CERTIF = "SPR190613I52";
  static final String NO_CERTIFICADO_SAT = "00001000000000000000";

  /** CFDI dates are Mexico's local time, written without a zone. */
  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  private static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private record Stamped(String uuid, byte[] xml) {}

  private final SandboxServer server;
  private final Map<String, Stamped> stamped = new ConcurrentHashMap<>();

  PacStamper(SandboxServer server) {
    this.server = server;
  }

  void reset() {
    stamped.clear();
  }

  void handle(HttpExchange ex) throws IOException {
    Http.requireApiKey(ex, server.config().apiKey());
    String[] seg = Http.segments(ex, "/pac/v1");
    if (seg.length != 1 || !seg[0].equals("stamp")) {
      throw new HttpError(404, "not_found");
    }
    Http.requireMethod(ex, "POST");
    String contentType = ex.getRequestHeaders().getFirst("Content-Type");
    String mediaType =
        contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/xml") && !mediaType.equals("text/xml")) {
      throw new HttpError(415, "unsupported_media_type", "send the CFDI as application/xml");
    }
    byte[] body = Http.body(ex);
    Result result = stamp(body);
    if (result.replayed()) {
      ex.getResponseHeaders().set("Pac-Replayed", "true");
    }
    SandboxServer.log(
        "pac stamped UUID %s%s", result.uuid(), result.replayed() ? " (replayed)" : "");
    Http.send(ex, 200, "application/xml; charset=utf-8", result.xml());
  }

  record Result(String uuid, byte[] xml, boolean replayed) {}

  /** Validates and stamps {@code body}; throws {@link HttpError} 400 {@code invalid_cfdi}. */
  Result stamp(byte[] body) {
    if (body.length == 0) {
      throw invalid("empty body");
    }
    Document doc = parse(body);
    Element root = doc.getDocumentElement();
    if (!CFDI_NS.equals(root.getNamespaceURI()) || !"Comprobante".equals(root.getLocalName())) {
      throw invalid("the root element must be cfdi:Comprobante in " + CFDI_NS);
    }
    if (!"4.0".equals(root.getAttribute("Version"))) {
      throw invalid("Version must be \"4.0\"");
    }
    for (String attribute : new String[] {"Serie", "Folio", "Fecha", "Total"}) {
      if (root.getAttribute(attribute).isBlank()) {
        throw invalid("Comprobante/@" + attribute + " is required");
      }
    }
    String emisorRfc = childRfc(root, "Emisor");
    childRfc(root, "Receptor");

    String key = emisorRfc + '|' + root.getAttribute("Serie") + '|' + root.getAttribute("Folio");
    // one stamp at a time: two concurrent requests for one folio must not get two UUIDs
    synchronized (stamped) {
      Stamped previous = stamped.get(key);
      if (previous != null) {
        return new Result(previous.uuid(), previous.xml(), true);
      }
      Element complemento = child(root, CFDI_NS, "Complemento");
      if (complemento != null && child(complemento, TFD_NS, "TimbreFiscalDigital") != null) {
        throw invalid("the document already carries a TimbreFiscalDigital");
      }
      if (complemento == null) {
        String prefix = root.getPrefix();
        complemento =
            doc.createElementNS(CFDI_NS, prefix == null ? "Complemento" : prefix + ":Complemento");
        root.insertBefore(complemento, child(root, CFDI_NS, "Addenda"));
      }
      String uuid = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
      String sello = root.getAttribute("Sello");
      Element tfd = doc.createElementNS(TFD_NS, "tfd:TimbreFiscalDigital");
      tfd.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:tfd", TFD_NS);
      if (!XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(root.lookupNamespaceURI("xsi"))) {
        tfd.setAttributeNS(
            XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
            "xmlns:xsi",
            XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
      }
      tfd.setAttributeNS(
          XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi:schemaLocation", TFD_SCHEMA_LOCATION);
      tfd.setAttribute("Version", "1.1");
      tfd.setAttribute("UUID", uuid);
      tfd.setAttribute(
          "FechaTimbrado", LocalDateTime.now(MEXICO).truncatedTo(ChronoUnit.SECONDS).format(FECHA));
      tfd.setAttribute("RfcProvCertif", RFC_PROV_CERTIF);
      tfd.setAttribute("SelloCFD", sello.isBlank() ? "SANDBOX" : sello);
      tfd.setAttribute("NoCertificadoSAT", NO_CERTIFICADO_SAT);
      tfd.setAttribute("SelloSAT", Base64.getEncoder().encodeToString(sha256(body)));
      complemento.appendChild(tfd);
      byte[] xml = serialize(doc);
      stamped.put(key, new Stamped(uuid, xml));
      return new Result(uuid, xml, false);
    }
  }

  private static String childRfc(Element root, String name) {
    Element element = child(root, CFDI_NS, name);
    if (element == null) {
      throw invalid("cfdi:" + name + " is required");
    }
    String rfc = element.getAttribute("Rfc");
    if (rfc.isBlank()) {
      throw invalid(name + "/@Rfc is required");
    }
    return rfc;
  }

  private static Element child(Element parent, String ns, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static HttpError invalid(String detail) {
    return new HttpError(400, "invalid_cfdi", detail);
  }

  /** Namespace-aware and XXE-safe: no DOCTYPE at all, no external entities, DTDs or XIncludes. */
  static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXException e) {
      throw invalid("malformed XML: " + e.getMessage());
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("XML parser unavailable", e);
    }
  }

  private static byte[] serialize(Document doc) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.METHOD, "xml");
      doc.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialize the stamped CFDI", e);
    }
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parse errors are reported in the 400 answer, not printed to stderr by the parser. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {}

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
