package mx.gob.veracruz.sirc.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One neutral tree written as either Open311 format: an {@link Obj} is a JSON object or an XML
 * element with child elements; a {@link Arr} is a JSON array or an element whose children all have
 * the item tag ({@code <services><service>…}); anything else is a value (null: an empty element in
 * XML, null in JSON).
 */
final class Open311Format {
  /**
   * One builder factory: {@code Json.createObjectBuilder()} looks the JSON-P provider up again on
   * every call (a ServiceLoader scan), which cost most of the map's 5,000 markers.
   */
  private static final jakarta.json.JsonBuilderFactory JSON =
      jakarta.json.Json.createBuilderFactory(java.util.Map.of());

  private Open311Format() {}

  record Obj(String tag, Map<String, Object> fields) {
    Obj(String tag) {
      this(tag, new LinkedHashMap<>());
    }

    Obj put(String name, Object value) {
      fields.put(name, value);
      return this;
    }
  }

  record Arr(String tag, String itemTag, List<?> items) {}

  static String json(Object node) {
    if (node instanceof Arr a) {
      return array(a).build().toString();
    }
    return object((Obj) node).build().toString();
  }

  private static JsonObjectBuilder object(Obj o) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    o.fields()
        .forEach(
            (k, v) -> {
              if (v == null) {
                b.addNull(k);
              } else if (v instanceof Obj child) {
                b.add(k, object(child));
              } else if (v instanceof Arr a) {
                b.add(k, array(a));
              } else if (v instanceof Boolean bool) {
                b.add(k, bool);
              } else if (v instanceof Integer i) {
                b.add(k, i);
              } else if (v instanceof Long l) {
                b.add(k, l);
              } else if (v instanceof java.math.BigDecimal d) {
                b.add(k, d);
              } else {
                b.add(k, v.toString());
              }
            });
    return b;
  }

  private static JsonArrayBuilder array(Arr a) {
    JsonArrayBuilder b = JSON.createArrayBuilder();
    for (Object item : a.items()) {
      if (item instanceof Obj o) {
        b.add(object(o));
      } else if (item instanceof Arr inner) {
        b.add(array(inner));
      } else {
        b.add(String.valueOf(item));
      }
    }
    return b;
  }

  static String xml(Object node) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      write(w, node instanceof Arr a ? a.tag() : ((Obj) node).tag(), node);
      w.writeEndDocument();
      w.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(XMLStreamWriter w, String tag, Object v) throws XMLStreamException {
    if (v == null) {
      w.writeEmptyElement(tag);
      return;
    }
    w.writeStartElement(tag);
    if (v instanceof Obj o) {
      for (Map.Entry<String, Object> e : o.fields().entrySet()) {
        write(w, e.getKey(), e.getValue());
      }
    } else if (v instanceof Arr a) {
      for (Object item : a.items()) {
        write(w, a.itemTag(), item);
      }
    } else {
      w.writeCharacters(String.valueOf(v));
    }
    w.writeEndElement();
  }
}
