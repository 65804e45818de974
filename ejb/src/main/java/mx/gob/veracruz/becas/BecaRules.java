package mx.gob.veracruz.becas;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.Violations;

/**
 * A call's rules as data: who is eligible (age from the CURP at the call's closing date, school
 * levels, minimum average grade, maximum monthly household income per person, residence in the
 * municipality), how eligible applicants are ranked (weighted criteria), which documents they
 * upload and what the published list shows. Stored as one JSON document per call; {@link #validate}
 * is the one place its rules live.
 */
public record BecaRules(
    Integer minAge,
    Integer maxAge,
    List<String> levels,
    BigDecimal minAverage,
    BigDecimal maxIncomePerPerson,
    boolean residentOnly,
    List<Criterion> criteria,
    List<Document> documents,
    String publication)
    implements Serializable {

  /** School levels, in order, with their Spanish names. */
  public static final Map<String, String> LEVELS = levelNames();

  /** Ranking criteria and their Spanish names. */
  public static final Map<String, String> CRITERIA =
      Map.of(
          "promedio", "Promedio de calificaciones (más alto, más puntos)",
          "ingreso", "Ingreso mensual por persona del hogar (más bajo, más puntos)",
          "integrantes", "Personas en el hogar (más, más puntos)");

  /** What the published list shows besides the folio, the rank and the score. */
  public static final Set<String> PUBLICATIONS = Set.of("FOLIO", "FOLIO_INICIALES");

  private static Map<String, String> levelNames() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("PRIMARIA", "Primaria");
    m.put("SECUNDARIA", "Secundaria");
    m.put("BACHILLERATO", "Bachillerato");
    m.put("UNIVERSIDAD", "Licenciatura");
    return java.util.Collections.unmodifiableMap(m);
  }

  public record Criterion(String key, int weight) implements Serializable {}

  public record Document(String code, String name) implements Serializable {}

  public BecaRules {
    levels = levels == null ? List.of() : List.copyOf(levels);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /** Every broken rule at once, each on its field of the console's form. */
  public void validate(Violations v) {
    if (minAge != null && (minAge < 3 || minAge > 99)) {
      v.add("edad-min", "La edad mínima va de 3 a 99 años");
    }
    if (maxAge != null && (maxAge < 3 || maxAge > 99)) {
      v.add("edad-max", "La edad máxima va de 3 a 99 años");
    }
    if (minAge != null && maxAge != null && minAge > maxAge) {
      v.add("edad-max", "La edad máxima no puede ser menor que la mínima");
    }
    if (levels.isEmpty()) {
      v.add("niveles", "Elija al menos un nivel escolar");
    }
    for (String l : levels) {
      if (l == null || !LEVELS.containsKey(l)) {
        v.add("niveles", "Nivel escolar desconocido: " + l);
      }
    }
    if (minAverage != null
        && (minAverage.compareTo(BigDecimal.ZERO) < 0
            || minAverage.compareTo(BigDecimal.TEN) > 0)) {
      v.add("promedio-min", "El promedio mínimo va de 0 a 10");
    }
    if (maxIncomePerPerson != null && maxIncomePerPerson.signum() <= 0) {
      v.add("ingreso-max", "El ingreso máximo por persona debe ser mayor que cero");
    }
    int total = 0;
    Set<String> seen = new HashSet<>();
    for (Criterion c : criteria) {
      if (c.key() == null || !CRITERIA.containsKey(c.key()) || !seen.add(c.key())) {
        v.add("criterios", "Criterio desconocido o repetido: " + c.key());
      }
      if (c.weight() < 0 || c.weight() > 100) {
        v.add("criterios", "Cada peso va de 0 a 100");
      }
      total += c.weight();
    }
    if (total != 100) {
      v.add("criterios", "Los pesos de los criterios deben sumar 100 (suman " + total + ")");
    }
    Set<String> codes = new HashSet<>();
    for (Document d : documents) {
      if (d.code() == null || !d.code().matches("[a-z][a-z0-9-]{1,39}") || !codes.add(d.code())) {
        v.add("documentos", "Cada documento lleva una clave única en minúsculas, p. ej. «boleta»");
      }
      if (d.name() == null || d.name().isBlank()) {
        v.add("documentos", "Cada documento lleva su nombre");
      }
    }
    if (publication == null || !PUBLICATIONS.contains(publication)) {
      v.add("publicacion", "Elija qué muestra la lista publicada");
    }
  }

  public String toJson() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (minAge != null) b.add("edadMin", minAge);
    if (maxAge != null) b.add("edadMax", maxAge);
    JsonArrayBuilder lv = Json.createArrayBuilder();
    levels.forEach(lv::add);
    b.add("niveles", lv);
    if (minAverage != null) b.add("promedioMin", minAverage);
    if (maxIncomePerPerson != null) b.add("ingresoMaxPorPersona", maxIncomePerPerson);
    b.add("residencia", residentOnly);
    JsonArrayBuilder cr = Json.createArrayBuilder();
    criteria.forEach(
        c -> cr.add(Json.createObjectBuilder().add("clave", c.key()).add("peso", c.weight())));
    b.add("criterios", cr);
    JsonArrayBuilder ds = Json.createArrayBuilder();
    documents.forEach(
        d -> ds.add(Json.createObjectBuilder().add("clave", d.code()).add("nombre", d.name())));
    b.add("documentos", ds);
    b.add("publicacion", publication == null ? "FOLIO" : publication);
    return b.build().toString();
  }

  public static BecaRules fromJson(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    List<String> levels = new ArrayList<>();
    o.getJsonArray("niveles").forEach(x -> levels.add(((jakarta.json.JsonString) x).getString()));
    List<Criterion> criteria = new ArrayList<>();
    o.getJsonArray("criterios")
        .forEach(
            x ->
                criteria.add(
                    new Criterion(
                        x.asJsonObject().getString("clave"), x.asJsonObject().getInt("peso"))));
    List<Document> docs = new ArrayList<>();
    o.getJsonArray("documentos")
        .forEach(
            x ->
                docs.add(
                    new Document(
                        x.asJsonObject().getString("clave"),
                        x.asJsonObject().getString("nombre"))));
    return new BecaRules(
        o.containsKey("edadMin") ? o.getInt("edadMin") : null,
        o.containsKey("edadMax") ? o.getInt("edadMax") : null,
        levels,
        decimal(o, "promedioMin"),
        decimal(o, "ingresoMaxPorPersona"),
        o.getBoolean("residencia", false),
        criteria,
        docs,
        o.getString("publicacion", "FOLIO"));
  }

  private static BigDecimal decimal(JsonObject o, String k) {
    JsonValue v = o.get(k);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL
        ? null
        : o.getJsonNumber(k).bigDecimalValue();
  }
}
