package mx.gob.veracruz.tramites;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
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
 * A procedure as the catalogue defines it: everything the portal's form, the requirement list, the
 * fee, the legal term and the statistics are generated from. Stored as JSON, one version per
 * change; {@link #validate} is the one place its rules live.
 */
public record TramiteDefinition(
    String code,
    String name,
    String description,
    String whoCanAsk,
    String area,
    int termDays,
    String silence,
    List<String> channels,
    String legalBasis,
    List<Requirement> requirements,
    List<Fee> fees,
    List<Field> form,
    String office)
    implements Serializable {

  public static final List<String> FIELD_TYPES =
      List.of("text", "textarea", "number", "date", "select", "checkbox", "email", "curp");
  public static final List<String> PREFILLS = List.of("nombre", "curp", "email", "telefono");
  public static final List<String> CHANNELS = List.of("EN_LINEA", "VENTANILLA");
  public static final List<String> SILENCES = List.of("AFIRMATIVA", "NEGATIVA");

  /** A requirement; {@code document} when it is met by uploading a file. */
  public record Requirement(String code, String name, boolean document, boolean required)
      implements Serializable {}

  /** A fee: a fixed {@code amount}, or {@code perUnit × field}, never less than {@code minimum}. */
  public record Fee(
      String concept,
      String description,
      BigDecimal amount,
      BigDecimal perUnit,
      String field,
      BigDecimal minimum)
      implements Serializable {
    public boolean computed() {
      return perUnit != null;
    }
  }

  /** Shown only while {@code field}'s answer equals {@code equals}. */
  public record Condition(String field, String equals) implements Serializable {}

  /** A field of the online form. */
  public record Field(
      String name,
      String label,
      String type,
      boolean required,
      List<String> options,
      Long min,
      Long max,
      Integer maxLength,
      String prefill,
      Condition visibleIf)
      implements Serializable {}

  public boolean online() {
    return channels.contains("EN_LINEA");
  }

  public boolean free() {
    return fees.isEmpty();
  }

  /** Whether it is done at a counter by appointment (the office's code), else null. */
  public boolean byAppointment() {
    return office != null && !office.isBlank();
  }

  /** Each broken rule once, on the field of the editor it belongs to. */
  public void validate() {
    Violations v = new Violations();
    if (code == null || !code.matches("[a-z0-9][a-z0-9-]{2,59}")) {
      v.add("code", "Use de 3 a 60 letras minúsculas, dígitos o guiones");
    }
    if (blank(name) || name.length() > 200) {
      v.add("name", "El nombre es obligatorio (hasta 200 caracteres)");
    }
    if (blank(description)) {
      v.add("description", "La descripción es obligatoria");
    }
    if (blank(whoCanAsk)) {
      v.add("whoCanAsk", "Indique quién puede solicitarlo");
    }
    if (blank(area) || area.length() > 120) {
      v.add("area", "El área responsable es obligatoria");
    }
    if (termDays < 1 || termDays > 120) {
      v.add("termDays", "El plazo de respuesta debe ser de 1 a 120 días hábiles");
    }
    if (!SILENCES.contains(silence)) {
      v.add("silence", "Elija afirmativa o negativa ficta");
    }
    if (channels.isEmpty() || !CHANNELS.containsAll(channels)) {
      v.add("channels", "Elija al menos un canal");
    }
    if (blank(legalBasis)) {
      v.add("legalBasis", "El fundamento legal es obligatorio");
    }
    if (office != null && !office.isBlank() && !office.matches("[a-z0-9][a-z0-9-]{1,39}")) {
      v.add("office", "Oficina no válida");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < requirements.size(); i++) {
      Requirement r = requirements.get(i);
      if (r.code() == null
          || !r.code().matches("[a-z0-9][a-z0-9-]{1,59}")
          || !codes.add(r.code())) {
        v.add("requirements", "Requisito " + (i + 1) + ": clave vacía, no válida o repetida");
      } else if (blank(r.name())) {
        v.add("requirements", "Requisito " + (i + 1) + ": falta el nombre");
      }
    }
    Map<String, Field> fields = new java.util.LinkedHashMap<>();
    for (int i = 0; i < form.size(); i++) {
      Field f = form.get(i);
      String at = "Campo " + (i + 1) + (blank(f.label()) ? "" : " («" + f.label() + "»)") + ": ";
      if (f.name() == null
          || !f.name().matches("[a-zA-Z][a-zA-Z0-9]{0,39}")
          || fields.containsKey(f.name())) {
        v.add("form", at + "nombre interno vacío, no válido o repetido (letras y dígitos)");
        continue;
      }
      if (blank(f.label())) {
        v.add("form", at + "falta la etiqueta");
      }
      if (!FIELD_TYPES.contains(f.type())) {
        v.add("form", at + "tipo no válido");
      }
      if ("select".equals(f.type()) && (f.options() == null || f.options().size() < 2)) {
        v.add("form", at + "una lista necesita al menos dos opciones");
      }
      if (f.min() != null && f.max() != null && f.min() > f.max()) {
        v.add("form", at + "el mínimo es mayor que el máximo");
      }
      if (f.prefill() != null && !PREFILLS.contains(f.prefill())) {
        v.add("form", at + "dato de la cuenta no válido");
      }
      if (f.visibleIf() != null) {
        Field on = fields.get(f.visibleIf().field());
        if (on == null || !("select".equals(on.type()) || "checkbox".equals(on.type()))) {
          v.add("form", at + "solo puede depender de una lista o casilla anterior");
        } else if ("select".equals(on.type()) && !on.options().contains(f.visibleIf().equals())
            || "checkbox".equals(on.type()) && !"true".equals(f.visibleIf().equals())) {
          v.add("form", at + "el valor de la condición no es una opción de «" + on.label() + "»");
        }
      }
      fields.put(f.name(), f);
    }
    for (int i = 0; i < fees.size(); i++) {
      Fee fee = fees.get(i);
      String at = "Cobro " + (i + 1) + ": ";
      if (blank(fee.concept())) {
        v.add("fees", at + "falta el concepto de ingreso");
      }
      if (fee.computed()) {
        Field on = fields.get(fee.field());
        if (on == null || !"number".equals(on.type()) || !on.required()) {
          v.add(
              "fees",
              at + "la cuota por unidad necesita un campo numérico obligatorio del formulario");
        } else if ((on.min() == null || on.min() < 1)
            && (fee.minimum() == null || fee.minimum().signum() <= 0)) {
          v.add(
              "fees",
              at
                  + "ponga un mínimo de 1 al campo «"
                  + on.label()
                  + "» o un importe mínimo a la cuota");
        }
        if (fee.perUnit().signum() <= 0) {
          v.add("fees", at + "la cuota por unidad debe ser mayor que cero");
        }
      } else if (fee.amount() == null || fee.amount().signum() <= 0) {
        v.add("fees", at + "indique un importe fijo mayor que cero o una cuota por unidad");
      }
    }
    // One case, one charge: its receipt and CFDI book the whole fee under one revenue concept.
    if (fees.stream().map(Fee::concept).filter(c -> !blank(c)).distinct().count() > 1) {
      v.add(
          "fees",
          "Todas las cuotas de un trámite van a un mismo concepto de ingreso (un cobro por"
              + " expediente): lo que se cobre por otro concepto es otro trámite");
    }
    v.throwIfAny();
  }

  /** The fee for these answers (numbers already validated), rounded to cents. */
  public BigDecimal feeFor(Map<String, String> answers) {
    BigDecimal total = BigDecimal.ZERO;
    for (Fee f : fees) {
      total = total.add(amountOf(f, answers));
    }
    return total.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  public static BigDecimal amountOf(Fee f, Map<String, String> answers) {
    if (!f.computed()) {
      return f.amount();
    }
    String raw = answers.get(f.field());
    BigDecimal units;
    try {
      units = raw == null || raw.isBlank() ? BigDecimal.ZERO : new BigDecimal(raw.trim());
    } catch (NumberFormatException e) {
      units = BigDecimal.ZERO;
    }
    BigDecimal amount = f.perUnit().multiply(units.max(BigDecimal.ZERO));
    if (f.minimum() != null && amount.compareTo(f.minimum()) < 0) {
      amount = f.minimum();
    }
    return amount.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  /** Whether {@code f} is shown for these answers. */
  public static boolean visible(Field f, Map<String, String> answers) {
    if (f.visibleIf() == null) {
      return true;
    }
    String a = answers.get(f.visibleIf().field());
    return f.visibleIf().equals().equals(a);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // ---- JSON ----

  public static TramiteDefinition parse(String json) {
    try {
      return of(Json.createReader(new StringReader(json)).readObject());
    } catch (JsonException | ClassCastException | IllegalStateException | NumberFormatException e) {
      throw new mx.gob.veracruz.common.BusinessRuleException(
          "definicion-invalida",
          "definition",
          "La definición no es JSON válido: " + e.getMessage());
    }
  }

  public static TramiteDefinition of(JsonObject o) {
    List<Requirement> reqs = new ArrayList<>();
    for (JsonValue x : array(o, "requirements")) {
      JsonObject r = x.asJsonObject();
      reqs.add(
          new Requirement(
              str(r, "code"),
              str(r, "name"),
              r.getBoolean("document", false),
              r.getBoolean("required", true)));
    }
    List<Fee> fees = new ArrayList<>();
    for (JsonValue x : array(o, "fees")) {
      JsonObject f = x.asJsonObject();
      fees.add(
          new Fee(
              str(f, "concept"),
              str(f, "description"),
              dec(f, "amount"),
              dec(f, "perUnit"),
              str(f, "field"),
              dec(f, "minimum")));
    }
    List<Field> form = new ArrayList<>();
    for (JsonValue x : array(o, "form")) {
      JsonObject f = x.asJsonObject();
      List<String> options =
          array(f, "options").stream().map(v -> ((JsonString) v).getString()).toList();
      JsonObject c =
          f.containsKey("visibleIf")
                  && f.get("visibleIf").getValueType() == JsonValue.ValueType.OBJECT
              ? f.getJsonObject("visibleIf")
              : null;
      form.add(
          new Field(
              str(f, "name"),
              str(f, "label"),
              str(f, "type"),
              f.getBoolean("required", false),
              options,
              num(f, "min"),
              num(f, "max"),
              num(f, "maxLength") == null ? null : num(f, "maxLength").intValue(),
              str(f, "prefill"),
              c == null ? null : new Condition(str(c, "field"), str(c, "equals"))));
    }
    return new TramiteDefinition(
        str(o, "code"),
        str(o, "name"),
        str(o, "description"),
        str(o, "whoCanAsk"),
        str(o, "area"),
        o.containsKey("termDays") ? o.getJsonNumber("termDays").intValue() : 0,
        str(o, "silence"),
        array(o, "channels").stream().map(v -> ((JsonString) v).getString()).toList(),
        str(o, "legalBasis"),
        reqs,
        fees,
        form,
        str(o, "office"));
  }

  public JsonObject toJsonObject() {
    JsonArrayBuilder reqs = Json.createArrayBuilder();
    for (Requirement r : requirements) {
      reqs.add(
          Json.createObjectBuilder()
              .add("code", r.code())
              .add("name", r.name())
              .add("document", r.document())
              .add("required", r.required()));
    }
    JsonArrayBuilder fs = Json.createArrayBuilder();
    for (Fee f : fees) {
      JsonObjectBuilder b = Json.createObjectBuilder().add("concept", f.concept());
      put(b, "description", f.description());
      if (f.amount() != null) {
        b.add("amount", f.amount().setScale(2).toPlainString());
      }
      if (f.perUnit() != null) {
        b.add("perUnit", f.perUnit().toPlainString());
      }
      put(b, "field", f.field());
      if (f.minimum() != null) {
        b.add("minimum", f.minimum().setScale(2).toPlainString());
      }
      fs.add(b);
    }
    JsonArrayBuilder form = Json.createArrayBuilder();
    for (Field f : this.form) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("name", f.name())
              .add("label", f.label())
              .add("type", f.type())
              .add("required", f.required());
      if (f.options() != null && !f.options().isEmpty()) {
        b.add("options", Json.createArrayBuilder(f.options()));
      }
      if (f.min() != null) {
        b.add("min", f.min());
      }
      if (f.max() != null) {
        b.add("max", f.max());
      }
      if (f.maxLength() != null) {
        b.add("maxLength", f.maxLength());
      }
      put(b, "prefill", f.prefill());
      if (f.visibleIf() != null) {
        b.add(
            "visibleIf",
            Json.createObjectBuilder()
                .add("field", f.visibleIf().field())
                .add("equals", f.visibleIf().equals()));
      }
      form.add(b);
    }
    JsonObjectBuilder b = Json.createObjectBuilder().add("code", code).add("name", name);
    put(b, "description", description);
    put(b, "whoCanAsk", whoCanAsk);
    put(b, "area", area);
    b.add("termDays", termDays);
    put(b, "silence", silence);
    b.add("channels", Json.createArrayBuilder(channels));
    put(b, "legalBasis", legalBasis);
    put(b, "office", office == null || office.isBlank() ? null : office);
    return b.add("requirements", reqs).add("fees", fs).add("form", form).build();
  }

  public String toJson() {
    return toJsonObject().toString();
  }

  private static void put(JsonObjectBuilder b, String k, String v) {
    if (v != null) {
      b.add(k, v);
    }
  }

  private static JsonArray array(JsonObject o, String k) {
    return o.containsKey(k) && o.get(k).getValueType() == JsonValue.ValueType.ARRAY
        ? o.getJsonArray(k)
        : JsonValue.EMPTY_JSON_ARRAY;
  }

  private static String str(JsonObject o, String k) {
    if (!o.containsKey(k) || o.isNull(k)) {
      return null;
    }
    JsonValue v = o.get(k);
    return v instanceof JsonString s ? s.getString().trim() : v.toString();
  }

  private static BigDecimal dec(JsonObject o, String k) {
    String s = str(o, k);
    return s == null || s.isBlank() ? null : new BigDecimal(s);
  }

  private static Long num(JsonObject o, String k) {
    if (!o.containsKey(k) || o.isNull(k)) {
      return null;
    }
    JsonValue v = o.get(k);
    return v instanceof JsonNumber n ? n.longValue() : Long.valueOf(str(o, k));
  }
}
