package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Open311 GeoReport v2, tested from the specification (http://wiki.open311.org/GeoReport_v2): its
 * field names, its formats by extension, its error list; not from our implementation.
 */
class Open311IT {
  static final String V2 = "/open311/v2/";
  static final String KEY = "demo-open311-veracruz-2026";

  /** A point in the colonia Centro of Veracruz. */
  static final String LAT = "19.1985";

  static final String LON = "-96.1365";

  private final Http http = new Http();

  @Test
  void discoveryListsTheV2EndpointInBothFormats() throws Exception {
    JsonObject d = json(http.get(V2 + "discovery.json"));
    JsonObject endpoint = d.getJsonArray("endpoints").getJsonObject(0);
    assertThat(endpoint.getString("specification"))
        .isEqualTo("http://wiki.open311.org/GeoReport_v2");
    assertThat(endpoint.getJsonArray("formats").getValuesAs(JsonValue::toString))
        .contains("\"text/xml\"", "\"application/json\"");
    Document x = xml(http.get(V2 + "discovery.xml"));
    assertThat(x.getDocumentElement().getTagName()).isEqualTo("discovery");
    assertThat(text(x, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
  }

  @Test
  void serviceListHasTheSpecificationsFields() throws Exception {
    HttpResponse<String> r = http.get(V2 + "services.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonArray services = Json.createReader(new StringReader(r.body())).readArray();
    assertThat(services.size()).isGreaterThanOrEqualTo(40);
    JsonObject bache =
        services.getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("service_code").equals("BACHE"))
            .findFirst()
            .orElseThrow();
    assertThat(bache.keySet())
        .contains(
            "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    assertThat(bache.getBoolean("metadata")).isTrue();
    assertThat(bache.getString("type")).isIn("realtime", "batch", "blackbox");
    Document x = xml(http.get(V2 + "services.xml"));
    assertThat(x.getDocumentElement().getTagName()).isEqualTo("services");
    assertThat(x.getElementsByTagName("service").getLength()).isEqualTo(services.size());
  }

  @Test
  void serviceDefinitionDescribesEachAttribute() throws Exception {
    JsonObject def =
        Json.createReader(new StringReader(http.get(V2 + "services/BACHE.json").body()))
            .readObject();
    assertThat(def.getString("service_code")).isEqualTo("BACHE");
    JsonObject size =
        def.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("code").equals("tamano"))
            .findFirst()
            .orElseThrow();
    assertThat(size.getBoolean("variable")).isTrue();
    assertThat(size.getString("datatype")).isEqualTo("singlevaluelist");
    assertThat(size.getBoolean("required")).isTrue();
    assertThat(size.getInt("order")).isEqualTo(1);
    assertThat(size.getString("description")).isNotBlank();
    assertThat(size.getJsonArray("values").getJsonObject(0).keySet())
        .containsExactly("key", "name");
    Document x = xml(http.get(V2 + "services/BACHE.xml"));
    assertThat(x.getDocumentElement().getTagName()).isEqualTo("service_definition");
    assertThat(x.getElementsByTagName("attribute").getLength()).isEqualTo(2);
    assertThat(x.getElementsByTagName("value").getLength()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void anUnknownServiceIsA404ErrorList() throws Exception {
    HttpResponse<String> r = http.get(V2 + "services/NO_EXISTE.json");
    assertThat(r.statusCode()).isEqualTo(404);
    JsonObject e = Json.createReader(new StringReader(r.body())).readArray().getJsonObject(0);
    assertThat(e.getInt("code")).isEqualTo(404);
    assertThat(e.getString("description")).isNotBlank();
    HttpResponse<String> x = http.get(V2 + "services/NO_EXISTE.xml");
    assertThat(x.statusCode()).isEqualTo(404);
    Document d = xml(x);
    assertThat(d.getDocumentElement().getTagName()).isEqualTo("errors");
    assertThat(text(d, "code")).isEqualTo("404");
    assertThat(http.get(V2 + "services.txt").statusCode()).isEqualTo(404);
    assertThat(http.get(V2 + "services.json?jurisdiction_id=otra.ciudad").statusCode())
        .isEqualTo(404);
  }

  @Test
  void postingARequestNeedsAValidKey() throws Exception {
    assertThat(post("requests.json", "service_code", "BACHE", "lat", LAT, "long", LON).statusCode())
        .isEqualTo(403);
    HttpResponse<String> wrong =
        post(
            "requests.xml",
            "api_key",
            "not-a-key",
            "service_code",
            "BACHE",
            "lat",
            LAT,
            "long",
            LON);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(xml(wrong).getDocumentElement().getTagName()).isEqualTo("errors");
  }

  @Test
  void aPostedRequestCanBeReadBackByIdByTokenAndInTheList() throws Exception {
    HttpResponse<String> r =
        post(
            "requests.json",
            "api_key",
            KEY,
            "jurisdiction_id",
            "veracruz.gob.mx",
            "service_code",
            "BACHE",
            "lat",
            LAT,
            "long",
            LON,
            "address_string",
            "Av. Independencia y Zaragoza",
            "description",
            "Bache grande frente a la farmacia",
            "email",
            "vecina@example.org",
            "first_name",
            "Rosa",
            "last_name",
            "Pérez",
            "attribute[tamano]",
            "grande",
            "attribute[riesgo][]",
            "autos",
            "attribute[riesgo][]",
            "motos");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonObject created = Json.createReader(new StringReader(r.body())).readArray().getJsonObject(0);
    String id = created.getString("service_request_id");
    String token = created.getString("token");
    assertThat(id).matches("SIRC-\\d{4}-\\d{6}");
    assertThat(token).isNotBlank().isNotEqualTo(id);

    JsonObject one =
        Json.createReader(new StringReader(http.get(V2 + "requests/" + id + ".json").body()))
            .readArray()
            .getJsonObject(0);
    assertThat(one.getString("service_request_id")).isEqualTo(id);
    assertThat(one.getString("status")).isEqualTo("open");
    assertThat(one.getString("service_code")).isEqualTo("BACHE");
    assertThat(one.getString("address")).isEqualTo("Av. Independencia y Zaragoza");
    assertThat(one.getJsonNumber("lat").doubleValue()).isEqualTo(19.1985);
    assertThat(one.getJsonNumber("long").doubleValue()).isEqualTo(-96.1365);
    for (String t : new String[] {"requested_datetime", "updated_datetime", "expected_datetime"}) {
      assertThat(one.getString(t)).matches(".*[+-]\\d{2}:\\d{2}$");
      OffsetDateTime.parse(one.getString(t));
    }
    assertThat(one.getString("agency_responsible")).isNotBlank();
    assertThat(one.getString("zipcode")).matches("\\d{5}");
    assertThat(r.body() + one.toString())
        .doesNotContain("vecina@example.org")
        .doesNotContain("Rosa");

    JsonObject byToken =
        Json.createReader(new StringReader(http.get(V2 + "tokens/" + token + ".json").body()))
            .readArray()
            .getJsonObject(0);
    assertThat(byToken.getString("service_request_id")).isEqualTo(id);

    JsonArray list =
        Json.createReader(
                new StringReader(
                    http.get(V2 + "requests.json?service_request_id=" + id + ",SIRC-1999-000001")
                        .body()))
            .readArray();
    assertThat(list).hasSize(1);
    JsonArray closed =
        Json.createReader(
                new StringReader(
                    http.get(V2 + "requests.json?service_code=BACHE&status=closed").body()))
            .readArray();
    assertThat(closed.getValuesAs(JsonObject.class))
        .noneMatch(o -> o.getString("service_request_id").equals(id));
    JsonArray recent =
        Json.createReader(
                new StringReader(http.get(V2 + "requests.json?service_code=BACHE").body()))
            .readArray();
    assertThat(recent.getValuesAs(JsonObject.class))
        .anyMatch(o -> o.getString("service_request_id").equals(id));

    Document x = xml(http.get(V2 + "requests/" + id + ".xml"));
    assertThat(x.getDocumentElement().getTagName()).isEqualTo("service_requests");
    assertThat(text(x, "service_request_id")).isEqualTo(id);
    assertThat(text(x, "status")).isEqualTo("open");
    assertThat(http.get(V2 + "requests/SIRC-1999-000001.json").statusCode()).isEqualTo(404);
    assertThat(http.get(V2 + "tokens/no-such-token.xml").statusCode()).isEqualTo(404);
  }

  /**
   * The specification admits {@code address_string} alone. No street geocoder is reachable here:
   * the colonia the address names (accents and case aside) places the report inside it.
   */
  @Test
  void anAddressStringAloneIsPlacedInTheColoniaItNames() throws Exception {
    HttpResponse<String> r =
        post(
            "requests.json",
            "api_key",
            KEY,
            "service_code",
            "BASURA",
            "address_string",
            "Av. Independencia 1010, col. CENTRO, Veracruz",
            "email",
            "direccion" + System.nanoTime() + "@example.org");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id =
        Json.createReader(new StringReader(r.body()))
            .readArray()
            .getJsonObject(0)
            .getString("service_request_id");
    JsonObject request =
        Json.createReader(new StringReader(http.get(V2 + "requests/" + id + ".json").body()))
            .readArray()
            .getJsonObject(0);
    assertThat(request.getString("address"))
        .isEqualTo("Av. Independencia 1010, col. CENTRO, Veracruz");
    assertThat(request.getJsonNumber("lat").doubleValue()).isBetween(19.0, 19.4);
    assertThat(request.getJsonNumber("long").doubleValue()).isBetween(-96.4, -96.0);
  }

  @Test
  void badRequestsAre400WithADescriptionAndCreateNothing() throws Exception {
    String[][] bad = {
      {"service_code", "NO_EXISTE", "lat", LAT, "long", LON},
      {"service_code", "BACHE", "address_string", "Sin coordenadas 123"},
      {"service_code", "BACHE", "lat", "19.5000", "long", "-96.9000", "attribute[tamano]", "chico"},
      {"service_code", "BACHE", "lat", LAT, "long", LON},
      {"service_code", "BACHE", "lat", LAT, "long", LON, "attribute[tamano]", "enorme"},
      {"service_code", "LUMINARIA", "lat", LAT, "long", LON, "attribute[cuantas]", "tres"},
      {"service_code", "BACHE", "lat", "norte", "long", LON},
      {"service_code", "RECOLECCION", "lat", LAT, "long", LON},
      {"service_code", "BASURA", "lat", LAT, "long", LON, "email", "no-es-correo"},
    };
    for (String[] fields : bad) {
      String[] withKey = new String[fields.length + 2];
      withKey[0] = "api_key";
      withKey[1] = KEY;
      System.arraycopy(fields, 0, withKey, 2, fields.length);
      HttpResponse<String> r = post("requests.json", withKey);
      assertThat(r.statusCode()).as(String.join(" ", fields) + " → " + r.body()).isEqualTo(400);
      JsonObject e = Json.createReader(new StringReader(r.body())).readArray().getJsonObject(0);
      assertThat(e.getInt("code")).isEqualTo(400);
      assertThat(e.getString("description")).isNotBlank();
    }
    assertThat(http.get(V2 + "requests.json?start_date=ayer").statusCode()).isEqualTo(400);
    assertThat(
            http.get(
                    V2
                        + "requests.json?start_date=2026-01-01T00:00:00-06:00&end_date=2026-12-01T00:00:00-06:00")
                .statusCode())
        .isEqualTo(400);
    assertThat(http.get(V2 + "requests.json?status=pending").statusCode()).isEqualTo(400);
  }

  @Test
  void anXmlPostAnswersAServiceRequestsDocument() throws Exception {
    HttpResponse<String> r =
        post(
            "requests.xml",
            "api_key",
            KEY,
            "service_code",
            "BASURA",
            "lat",
            LAT,
            "long",
            LON,
            "description",
            "Bolsas en la esquina");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    Document x = xml(r);
    assertThat(x.getDocumentElement().getTagName()).isEqualTo("service_requests");
    assertThat(text(x, "service_request_id")).matches("SIRC-\\d{4}-\\d{6}");
  }

  /**
   * A JSON service request at the test point, with a key, a service and more form fields (the other
   * SIRC tests file their reports with it).
   */
  static HttpResponse<String> file(String key, String service, String... more) throws Exception {
    String[] base = {"api_key", key, "service_code", service, "lat", LAT, "long", LON};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return new Http().postForm("/open311/v2/requests.json", all);
  }

  private HttpResponse<String> post(String path, String... pairs) throws Exception {
    return http.postForm(V2 + path, pairs);
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static Document xml(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
  }

  private static String text(Document d, String tag) {
    return d.getElementsByTagName(tag).item(0).getTextContent();
  }
}
