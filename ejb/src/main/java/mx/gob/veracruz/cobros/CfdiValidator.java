package mx.gob.veracruz.cobros;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates CFDI 4.0 XML against SAT's cfdv40.xsd and its imports (catCFDI.xsd, tdCFDI.xsd), all
 * read from the classpath: the schemas name SAT's URLs, which are never fetched, so validation
 * works offline and cannot be steered by a hostile document.
 */
public final class CfdiValidator {

  /** Where the schemas sit by default; production may point elsewhere through the constructor. */
  public static final String DEFAULT_CLASSPATH_PREFIX = "sat/";

  static final String MAIN_SCHEMA = "cfdv40.xsd";

  /** SAT's schemaLocation of each import, by the file name we keep it under. */
  static final Map<String, String> SCHEMA_URLS =
      Map.of(
          "catCFDI.xsd", "http://www.sat.gob.mx/sitio_internet/cfd/catalogos/catCFDI.xsd",
          "tdCFDI.xsd", "http://www.sat.gob.mx/sitio_internet/cfd/tipoDatos/tdCFDI/tdCFDI.xsd");

  private static volatile CfdiValidator defaultValidator;

  private final Schema schema;

  /**
   * Compiles the schema set found under {@code classpathPrefix} (e.g. {@code "sat/"}); fails at
   * once, naming the missing file, rather than validating against an incomplete set.
   */
  public CfdiValidator(String classpathPrefix) {
    this(compile(classpathPrefix));
  }

  CfdiValidator(Schema schema) {
    this.schema = schema;
  }

  /**
   * Errors found in {@code xml}; an empty list means valid. Uses SAT's complete schema set when
   * catCFDI.xsd is installed next to cfdv40.xsd, otherwise {@link #structural()} (catalogue codes
   * are then left to the PAC, which validates them before stamping).
   */
  public static List<String> validate(String xml) {
    CfdiValidator validator = defaultValidator;
    if (validator == null) {
      // compiling catCFDI takes long and the Schema is thread-safe: do it once
      synchronized (CfdiValidator.class) {
        if (defaultValidator == null) {
          boolean complete =
              CfdiValidator.class
                      .getClassLoader()
                      .getResource(DEFAULT_CLASSPATH_PREFIX + "catCFDI.xsd")
                  != null;
          if (!complete) {
            java.util.logging.Logger.getLogger(CfdiValidator.class.getName())
                .warning(
                    "Sin catCFDI.xsd del SAT: los CFDI se validan en estructura y tipos, no en catálogos");
          }
          defaultValidator = complete ? new CfdiValidator(DEFAULT_CLASSPATH_PREFIX) : structural();
        }
        validator = defaultValidator;
      }
    }
    return validator.errorsIn(xml);
  }

  /**
   * The genuine cfdv40.xsd and tdCFDI.xsd with catCFDI.xsd replaced by an empty schema of its
   * namespace that declares no type (so no catalogue rule is invented): the compiler reports each
   * catalogue type it cannot resolve and, told to go on, treats it as any simple type. Structure,
   * required nodes and attributes, RFC, amounts and dates are still checked.
   */
  public static CfdiValidator structural() {
    ClassLoader loader = CfdiValidator.class.getClassLoader();
    SchemaFactory factory = schemaFactory(DEFAULT_CLASSPATH_PREFIX, loader);
    LSResourceResolver sat = factory.getResourceResolver();
    String catalogs = SCHEMA_URLS.get("catCFDI.xsd");
    factory.setResourceResolver(
        (type, namespace, publicId, systemId, baseUri) ->
            catalogs.equals(systemId)
                ? emptySchema(namespace, systemId)
                : sat.resolveResource(type, namespace, publicId, systemId, baseUri));
    List<String> unexpected = new ArrayList<>();
    factory.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // not a schema error
          }

          @Override
          public void error(SAXParseException e) {
            if (!e.getMessage().contains("catCFDI:c_")) {
              unexpected.add(e.getMessage());
            }
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    try {
      Schema schema = factory.newSchema(mainSchema(DEFAULT_CLASSPATH_PREFIX, loader));
      if (!unexpected.isEmpty()) {
        throw new IllegalStateException("Esquema CFDI con errores: " + unexpected);
      }
      return new CfdiValidator(schema);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LSInput emptySchema(String namespace, String systemId) {
    try {
      DOMImplementationLS ls =
          (DOMImplementationLS)
              DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
      LSInput input = ls.createLSInput();
      input.setStringData(
          "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\""
              + namespace
              + "\"/>");
      input.setSystemId(systemId);
      return input;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each schema violation as "línea L, columna C: message"; empty when valid. */
  public List<String> errorsIn(String xml) {
    List<String> errors = new ArrayList<>();
    Validator validator = schema.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collectingInto(errors));
      validator.validate(new SAXSource(hardenedReader(), new InputSource(new StringReader(xml))));
    } catch (SAXParseException e) {
      errors.add(describe(e));
    } catch (SAXException | IOException e) {
      errors.add(String.valueOf(e.getMessage()));
    }
    return Collections.unmodifiableList(errors);
  }

  /**
   * A schema factory that resolves SAT's import URLs to the copies under {@code classpathPrefix}
   * and may open nothing else: no network, no files, no DTDs.
   */
  static SchemaFactory schemaFactory(String classpathPrefix, ClassLoader loader) {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("El procesador XML no admite el modo seguro", e);
    }
    factory.setResourceResolver(new ClasspathResolver(classpathPrefix, loader));
    return factory;
  }

  static StreamSource mainSchema(String classpathPrefix, ClassLoader loader) {
    InputStream in = loader.getResourceAsStream(classpathPrefix + MAIN_SCHEMA);
    if (in == null) {
      throw new IllegalStateException(
          "Falta " + classpathPrefix + MAIN_SCHEMA + " en el classpath");
    }
    return new StreamSource(in, "http://www.sat.gob.mx/sitio_internet/cfd/4/" + MAIN_SCHEMA);
  }

  private static Schema compile(String classpathPrefix) {
    ClassLoader loader = CfdiValidator.class.getClassLoader();
    List<String> missing = new ArrayList<>();
    for (String name : List.of(MAIN_SCHEMA, "catCFDI.xsd", "tdCFDI.xsd")) {
      if (loader.getResource(classpathPrefix + name) == null) {
        missing.add(classpathPrefix + name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Faltan esquemas del SAT en el classpath: " + missing);
    }
    StreamSource main = mainSchema(classpathPrefix, loader);
    try (InputStream in = main.getInputStream()) {
      return schemaFactory(classpathPrefix, loader).newSchema(main);
    } catch (SAXException | IOException e) {
      throw new IllegalStateException(
          "No se pudo compilar el esquema CFDI 4.0: " + e.getMessage(), e);
    }
  }

  /** The instance document may not declare a DTD, so it cannot pull in external entities. */
  private static XMLReader hardenedReader() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return factory.newSAXParser().getXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ErrorHandler collectingInto(List<String> errors) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // warnings do not make a CFDI invalid
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(describe(e));
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    };
  }

  private static String describe(SAXParseException e) {
    return "línea "
        + e.getLineNumber()
        + ", columna "
        + e.getColumnNumber()
        + ": "
        + e.getMessage();
  }

  /** Maps SAT's import URLs to classpath copies; anything else stays unresolved and is refused. */
  private static final class ClasspathResolver implements LSResourceResolver {
    private final String prefix;
    private final ClassLoader loader;

    ClasspathResolver(String prefix, ClassLoader loader) {
      this.prefix = prefix;
      this.loader = loader;
    }

    @Override
    public LSInput resolveResource(
        String type, String namespace, String publicId, String systemId, String baseUri) {
      for (Map.Entry<String, String> known : SCHEMA_URLS.entrySet()) {
        if (known.getValue().equals(systemId)) {
          InputStream in = loader.getResourceAsStream(prefix + known.getKey());
          return in == null ? null : input(publicId, systemId, baseUri, in);
        }
      }
      // null lets the factory try the URL itself, which ACCESS_EXTERNAL_SCHEMA="" forbids
      return null;
    }

    private static LSInput input(String publicId, String systemId, String baseUri, InputStream in) {
      try {
        DOMImplementationLS ls =
            (DOMImplementationLS)
                DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        LSInput input = ls.createLSInput();
        input.setByteStream(in);
        input.setPublicId(publicId);
        // SAT's URL stays the system id, so error messages name the schema SAT publishes
        input.setSystemId(systemId);
        input.setBaseURI(baseUri);
        return input;
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
