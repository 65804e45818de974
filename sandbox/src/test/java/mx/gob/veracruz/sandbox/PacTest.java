package mx.gob.veracruz.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PacTest {

  static final String API_KEY = "pac-test-key";
  static final String CFDI = "http://www.sat.gob.mx/cfd/4";
  static final String TFD = "http://www.sat.gob.mx/TimbreFiscalDigital";

  static SandboxServer server;
  static SandboxClient client;

  @BeforeAll
  static void start() throws Exception {
    server = SandboxServer.start(SandboxConfig.forTests("s", API_KEY));
    client = new SandboxClient(server.publicUrl(), API_KEY);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static String cfdi(String serie, String folio, String extraAttributes, String extraChildren) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd" \
        Version="4.0" Serie="%s" Folio="%s" Fecha="2026-03-01T10:15:00" SubTotal="1520.00" Moneda="MXN" \
        Total="1520.00" TipoDeComprobante="I" Exportacion="01" LugarExpedicion="91700"%s>
          <cfdi:Emisor Rfc="MVE850101AB1" Nombre="MUNICIPIO DE VERACRUZ" RegimenFiscal="603"/>
          <cfdi:Receptor Rfc="XAXX010101000" Nombre="PUBLICO EN GENERAL" DomicilioFiscalReceptor="91700" \
        RegimenFiscalReceptor="616" UsoCFDI="S01"/>
          <cfdi:Conceptos>
            <cfdi:Concepto ClaveProdServ="93161700" Cantidad="1" ClaveUnidad="E48" Descripcion="Impuesto predial" \
        ValorUnitario="1520.00" Importe="1520.00" ObjetoImp="01"/>
          </cfdi:Conceptos>%s
        </cfdi:Comprobante>
        """
        .formatted(serie, folio, extraAttributes, extraChildren);
  }

  static HttpResponse<String> stamp(String xml) throws Exception {
    return client.send(
        client
            .authorized("/pac/v1/stamp")
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static Element tfd(Document doc) {
    NodeList found = doc.getElementsByTagNameNS(TFD, "TimbreFiscalDigital");
    assertThat(found.getLength()).isEqualTo(1);
    return (Element) found.item(0);
  }

  @Test
  void stampAddsATimbreFiscalDigitalInTheComplemento() throws Exception {
    String xml = cfdi("PRED", "1001", " Sello=\"c2VsbG8tZGVsLWVtaXNvcg==\"", "");
    HttpResponse<String> response = stamp(xml);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/xml; charset=utf-8");
    assertThat(response.headers().firstValue("Pac-Replayed")).isEmpty();

    Document doc = parse(response.body());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(CFDI);
    assertThat(root.getAttribute("Folio")).isEqualTo("1001");
    Element tfd = tfd(doc);
    Element complemento = (Element) tfd.getParentNode();
    assertThat(complemento.getNamespaceURI()).isEqualTo(CFDI);
    assertThat(complemento.getLocalName()).isEqualTo("Complemento");
    assertThat(complemento.getParentNode()).isSameAs(root);
    assertThat(tfd.getPrefix()).isEqualTo("tfd");
    assertThat(tfd.getAttribute("Version")).isEqualTo("1.1");
    assertThat(tfd.getAttribute("UUID"))
        .matches("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}");
    assertThat(tfd.getAttribute("FechaTimbrado"))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    assertThat(tfd.getAttribute("RfcProvCertif")).isEqualTo("SPR190613I52");
    assertThat(tfd.getAttribute("SelloCFD")).isEqualTo("c2VsbG8tZGVsLWVtaXNvcg==");
    assertThat(tfd.getAttribute("NoCertificadoSAT")).isEqualTo("00001000000000000000");
    assertThat(tfd.getAttribute("SelloSAT"))
        .isEqualTo(
            Base64.getEncoder()
                .encodeToString(
                    MessageDigest.getInstance("SHA-256")
                        .digest(xml.getBytes(StandardCharsets.UTF_8))));
    assertThat(tfd.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation"))
        .isEqualTo(
            "http://www.sat.gob.mx/TimbreFiscalDigital "
                + "http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd");
    // the rest of the document is untouched
    assertThat(doc.getElementsByTagNameNS(CFDI, "Concepto").getLength()).isEqualTo(1);
    assertThat(((Element) doc.getElementsByTagNameNS(CFDI, "Emisor").item(0)).getAttribute("Rfc"))
        .isEqualTo("MVE850101AB1");
  }

  @Test
  void restampingTheSameEmisorSerieFolioReturnsTheSameUuid() throws Exception {
    String xml = cfdi("PRED", "2002", "", "");
    HttpResponse<String> first = stamp(xml);
    String uuid = tfd(parse(first.body())).getAttribute("UUID");
    assertThat(tfd(parse(first.body())).getAttribute("SelloCFD")).isEqualTo("SANDBOX");

    HttpResponse<String> replay = stamp(xml);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.headers().firstValue("Pac-Replayed")).hasValue("true");
    assertThat(tfd(parse(replay.body())).getAttribute("UUID")).isEqualTo(uuid);
    assertThat(replay.body()).isEqualTo(first.body());

    HttpResponse<String> otherFolio = stamp(cfdi("PRED", "2003", "", ""));
    assertThat(otherFolio.headers().firstValue("Pac-Replayed")).isEmpty();
    assertThat(tfd(parse(otherFolio.body())).getAttribute("UUID")).isNotEqualTo(uuid);
  }

  @Test
  void anExistingComplementoIsReusedAndStaysBeforeTheAddenda() throws Exception {
    String xml =
        cfdi(
            "PRED",
            "3003",
            "",
            "\n  <cfdi:Complemento><otro:Nota xmlns:otro=\"urn:otro\"/></cfdi:Complemento>"
                + "\n  <cfdi:Addenda><x:Dato xmlns:x=\"urn:x\"/></cfdi:Addenda>");
    Document doc = parse(stamp(xml).body());
    assertThat(doc.getElementsByTagNameNS(CFDI, "Complemento").getLength()).isEqualTo(1);
    Element complemento = (Element) tfd(doc).getParentNode();
    assertThat(complemento.getElementsByTagNameNS("urn:otro", "Nota").getLength()).isEqualTo(1);
    Element next = (Element) complemento.getNextSibling().getNextSibling();
    assertThat(next.getLocalName()).isEqualTo("Addenda");
  }

  @Test
  void malformedOrIncompleteCfdiIsRejected() throws Exception {
    HttpResponse<String> malformed =
        stamp("<cfdi:Comprobante xmlns:cfdi=\"http://www.sat.gob.mx/cfd/4\"><oops>");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(SandboxClient.json(malformed).get("error").asText()).isEqualTo("invalid_cfdi");
    assertThat(SandboxClient.json(malformed).get("detail").asText()).startsWith("malformed XML");

    HttpResponse<String> noFolio = stamp(cfdi("PRED", "", "", ""));
    assertThat(noFolio.statusCode()).isEqualTo(400);
    assertThat(SandboxClient.json(noFolio).get("detail").asText()).contains("Folio");

    HttpResponse<String> oldVersion =
        stamp(cfdi("PRED", "4004", "", "").replace("Version=\"4.0\"", "Version=\"3.3\""));
    assertThat(oldVersion.statusCode()).isEqualTo(400);
    assertThat(SandboxClient.json(oldVersion).get("detail").asText()).contains("Version");

    HttpResponse<String> wrongNamespace =
        stamp(cfdi("PRED", "4005", "", "").replace(CFDI, "http://www.sat.gob.mx/cfd/3"));
    assertThat(wrongNamespace.statusCode()).isEqualTo(400);

    HttpResponse<String> noReceptor =
        stamp(cfdi("PRED", "4006", "", "").replaceAll("<cfdi:Receptor[^>]*/>", ""));
    assertThat(noReceptor.statusCode()).isEqualTo(400);
    assertThat(SandboxClient.json(noReceptor).get("detail").asText()).contains("Receptor");

    HttpResponse<String> empty = stamp("");
    assertThat(empty.statusCode()).isEqualTo(400);
  }

  @Test
  void externalEntitiesAreNeverExpanded(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE cfdi:Comprobante [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + cfdi("PRED", "5005", "", "")
                .replaceFirst("<\\?xml[^>]*>\\s*", "")
                .replace("Nombre=\"MUNICIPIO DE VERACRUZ\"", "Nombre=\"&xxe;\"");
    HttpResponse<String> response = stamp(xxe);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(SandboxClient.json(response).get("error").asText()).isEqualTo("invalid_cfdi");
    assertThat(response.body()).doesNotContain("TOP-SECRET-MARKER");

    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
            + "<lolz>&lol2;</lolz>";
    assertThat(stamp(laughs).statusCode()).isEqualTo(400);
  }

  @Test
  void stampNeedsTheApiKeyAndAnXmlBody() throws Exception {
    HttpResponse<String> anonymous =
        client.send(
            client
                .request("/pac/v1/stamp")
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(cfdi("PRED", "6006", "", ""))));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).isEqualTo("{\"error\":\"unauthorized\"}");

    HttpResponse<String> asJson =
        client.send(
            client
                .authorized("/pac/v1/stamp")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(asJson.statusCode()).isEqualTo(415);
  }
}
