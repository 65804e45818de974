package mx.gob.veracruz.sirc.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.sirc.AttributeType;
import mx.gob.veracruz.sirc.SlaUnit;
import mx.gob.veracruz.sirc.model.SircAttribute;
import mx.gob.veracruz.sirc.model.SircService;

/**
 * The demo catalogue: about forty real municipal services of Veracruz, each with its department,
 * SLA and questions, and the demo Open311 key. Loaded once, when the catalogue is empty.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoSirc {
  private static final Logger LOG = Logger.getLogger(DemoSirc.class.getName());

  /** code, theme, name, description, keywords, dependencia, sla, unit (H/D), anonymous (S/N). */
  static final List<String[]> SERVICES =
      List.of(
          s(
              "BACHE",
              "Vialidades",
              "Bache en la calle",
              "Hoyo o hundimiento en el pavimento de una calle o avenida.",
              "bache, hoyo, pavimento, calle",
              "OBP",
              "10",
              "D",
              "S"),
          s(
              "BANQUETA",
              "Vialidades",
              "Banqueta dañada",
              "Banqueta rota, levantada o con obstáculos que impiden caminar.",
              "banqueta, acera, peatón",
              "OBP",
              "20",
              "D",
              "S"),
          s(
              "SEMAFORO",
              "Vialidades",
              "Semáforo descompuesto",
              "Semáforo apagado, intermitente o con una luz fundida.",
              "semáforo, crucero, tránsito",
              "SPM",
              "8",
              "H",
              "S"),
          s(
              "SENAL",
              "Vialidades",
              "Señalamiento vial dañado o faltante",
              "Señal de alto, de velocidad o de nombre de calle caída, borrada o ausente.",
              "señal, letrero, alto",
              "OBP",
              "15",
              "D",
              "S"),
          s(
              "TOPE",
              "Vialidades",
              "Solicitud de reductor de velocidad",
              "Petición de tope o reductor frente a escuelas, hospitales o cruces peligrosos.",
              "tope, reductor, velocidad",
              "OBP",
              "30",
              "D",
              "N"),
          s(
              "LUMINARIA",
              "Alumbrado público",
              "Luminaria apagada",
              "Lámpara del alumbrado público que no enciende de noche.",
              "luz, lámpara, poste, alumbrado",
              "SPM",
              "5",
              "D",
              "S"),
          s(
              "LUMINARIA_DIA",
              "Alumbrado público",
              "Luminaria encendida de día",
              "Lámpara que permanece encendida durante el día.",
              "luz encendida, desperdicio",
              "SPM",
              "10",
              "D",
              "S"),
          s(
              "POSTE",
              "Alumbrado público",
              "Poste dañado o con riesgo de caer",
              "Poste inclinado, chocado o con cables expuestos.",
              "poste, cable, riesgo",
              "SPM",
              "24",
              "H",
              "S"),
          s(
              "BASURA",
              "Limpia pública",
              "Basura acumulada en la vía pública",
              "Bolsas o montones de basura en la calle, esquina o terreno.",
              "basura, desechos, tiradero",
              "LIMP",
              "3",
              "D",
              "S"),
          s(
              "RECOLECCION",
              "Limpia pública",
              "No pasó el camión de la basura",
              "El camión recolector no pasó en el día y horario de la ruta.",
              "camión, recolección, ruta",
              "LIMP",
              "2",
              "D",
              "N"),
          s(
              "TIRADERO",
              "Limpia pública",
              "Tiradero clandestino",
              "Lugar donde se tira basura o escombro de manera ilegal y frecuente.",
              "tiradero, escombro, ilegal",
              "LIMP",
              "10",
              "D",
              "S"),
          s(
              "BARRIDO",
              "Limpia pública",
              "Solicitud de barrido de calle",
              "Calle o avenida que necesita barrido o limpieza de arena.",
              "barrido, arena, limpieza",
              "LIMP",
              "5",
              "D",
              "S"),
          s(
              "CONTENEDOR",
              "Limpia pública",
              "Contenedor lleno o dañado",
              "Contenedor de basura desbordado, roto o quemado.",
              "contenedor, bote",
              "LIMP",
              "3",
              "D",
              "S"),
          s(
              "FUGA_AGUA",
              "Agua y drenaje",
              "Fuga de agua potable",
              "Agua limpia que brota de la calle, banqueta o de una toma.",
              "fuga, agua, tubería",
              "AGUA",
              "24",
              "H",
              "S"),
          s(
              "SIN_AGUA",
              "Agua y drenaje",
              "Falta de agua",
              "Una calle o colonia sin servicio de agua potable.",
              "sin agua, tandeo, pipa",
              "AGUA",
              "48",
              "H",
              "N"),
          s(
              "DRENAJE",
              "Agua y drenaje",
              "Drenaje tapado o desbordado",
              "Aguas negras que salen por registros o alcantarillas.",
              "drenaje, aguas negras, alcantarilla",
              "AGUA",
              "24",
              "H",
              "S"),
          s(
              "ALCANTARILLA",
              "Agua y drenaje",
              "Alcantarilla o registro sin tapa",
              "Registro o coladera destapada con riesgo de caída.",
              "tapa, coladera, registro",
              "AGUA",
              "12",
              "H",
              "S"),
          s(
              "ENCHARCAMIENTO",
              "Agua y drenaje",
              "Encharcamiento o inundación",
              "Calle inundada que no desagua después de la lluvia.",
              "inundación, lluvia, charco",
              "PC",
              "24",
              "H",
              "S"),
          s(
              "PODA",
              "Parques y áreas verdes",
              "Poda de árbol",
              "Árbol que necesita poda por ramas sobre cables, casas o la vía.",
              "árbol, poda, ramas",
              "SPM",
              "20",
              "D",
              "N"),
          s(
              "ARBOL_CAIDO",
              "Parques y áreas verdes",
              "Árbol caído o con riesgo de caer",
              "Árbol derribado por el viento o inclinado con peligro.",
              "árbol caído, norte, riesgo",
              "PC",
              "12",
              "H",
              "S"),
          s(
              "PARQUE",
              "Parques y áreas verdes",
              "Parque o jardín descuidado",
              "Área verde con pasto crecido, juegos rotos o sin mantenimiento.",
              "parque, jardín, juegos",
              "SPM",
              "15",
              "D",
              "S"),
          s(
              "MALEZA",
              "Parques y áreas verdes",
              "Terreno baldío con maleza",
              "Predio abandonado con hierba alta, basura o fauna nociva.",
              "baldío, maleza, terreno",
              "LIMP",
              "20",
              "D",
              "S"),
          s(
              "PERRO_CALLEJERO",
              "Animales",
              "Perro en situación de calle",
              "Perro abandonado, herido o agresivo en la vía pública.",
              "perro, callejero, animal",
              "SPM",
              "5",
              "D",
              "S"),
          s(
              "ANIMAL_MUERTO",
              "Animales",
              "Animal muerto en la vía pública",
              "Cadáver de un animal en la calle o un terreno.",
              "animal muerto, cadáver",
              "LIMP",
              "24",
              "H",
              "S"),
          s(
              "MALTRATO_ANIMAL",
              "Animales",
              "Maltrato animal",
              "Animal encadenado, sin agua, golpeado o abandonado.",
              "maltrato, crueldad",
              "SPM",
              "3",
              "D",
              "S"),
          s(
              "PLAGA",
              "Salud",
              "Fumigación por plaga o mosquitos",
              "Presencia de mosquitos (dengue), roedores o cucarachas en la vía pública.",
              "fumigación, dengue, mosco",
              "DES",
              "5",
              "D",
              "N"),
          s(
              "RUIDO",
              "Convivencia",
              "Ruido excesivo",
              "Música, fiestas o negocios con volumen que rebasa lo permitido.",
              "ruido, música, volumen",
              "GOB",
              "24",
              "H",
              "S"),
          s(
              "VENTA_CALLE",
              "Convivencia",
              "Comercio ambulante no autorizado",
              "Puesto en la banqueta o la calle sin permiso municipal.",
              "ambulante, puesto, comercio",
              "GOB",
              "10",
              "D",
              "S"),
          s(
              "AUTO_ABANDONADO",
              "Convivencia",
              "Vehículo abandonado",
              "Auto o chatarra abandonada en la vía pública por semanas.",
              "auto, chatarra, abandonado",
              "GOB",
              "15",
              "D",
              "S"),
          s(
              "GRAFITI",
              "Imagen urbana",
              "Grafiti en espacio público",
              "Pintas en muros, monumentos o mobiliario urbano.",
              "grafiti, pintas, muro",
              "SPM",
              "15",
              "D",
              "S"),
          s(
              "MOBILIARIO",
              "Imagen urbana",
              "Mobiliario urbano dañado",
              "Bancas, paradas de autobús o botes de basura rotos.",
              "banca, parada, mobiliario",
              "SPM",
              "20",
              "D",
              "S"),
          s(
              "PLAYA",
              "Imagen urbana",
              "Limpieza de playa",
              "Basura o sargazo acumulado en una playa del municipio.",
              "playa, sargazo, arena",
              "LIMP",
              "3",
              "D",
              "S"),
          s(
              "CONSTRUCCION",
              "Desarrollo urbano",
              "Obra sin permiso",
              "Construcción o demolición que parece no tener licencia.",
              "obra, construcción, licencia",
              "OBP",
              "15",
              "D",
              "N"),
          s(
              "OBRA_INCONCLUSA",
              "Desarrollo urbano",
              "Obra pública inconclusa o mal hecha",
              "Obra del Ayuntamiento abandonada, con escombro o mal terminada.",
              "obra pública, escombro",
              "OBP",
              "20",
              "D",
              "N"),
          s(
              "RIESGO",
              "Protección civil",
              "Riesgo para la población",
              "Estructura a punto de caer, cables caídos, gas u otro peligro.",
              "riesgo, peligro, derrumbe",
              "PC",
              "4",
              "H",
              "S"),
          s(
              "PREDIAL_DUDA",
              "Trámites",
              "Aclaración de predial",
              "Duda o inconformidad con el cobro del impuesto predial.",
              "predial, cobro, aclaración",
              "TES",
              "10",
              "D",
              "N"),
          s(
              "CATASTRO_DATOS",
              "Trámites",
              "Corrección de datos catastrales",
              "Datos del predio (superficie, propietario, uso) que no corresponden.",
              "catastro, predio, datos",
              "CAT",
              "15",
              "D",
              "N"),
          s(
              "QUEJA_SERVIDOR",
              "Atención ciudadana",
              "Queja sobre un servidor público",
              "Mal trato, cobro indebido o mala atención de personal municipal.",
              "queja, servidor público, trato",
              "PRES",
              "10",
              "D",
              "N"),
          s(
              "SUGERENCIA",
              "Atención ciudadana",
              "Sugerencia o felicitación",
              "Ideas para mejorar un servicio o reconocimiento a una buena atención.",
              "sugerencia, felicitación, idea",
              "PRES",
              "15",
              "D",
              "S"),
          s(
              "INTERNET_PUBLICO",
              "Gobierno digital",
              "Falla en espacio de internet gratuito",
              "Espacio público de internet sin señal o con equipo dañado.",
              "internet, wifi, gratuito",
              "DIG",
              "5",
              "D",
              "S"));

  @Resource private UserTransaction tx;

  @Resource(lookup = "jdbc/veracruz")
  private javax.sql.DataSource ds;

  @Inject private SircRepository repo;
  @Inject private Catalog catalog;
  @Inject private ApiKeys keys;
  @Inject private Reports reports;
  @Inject private mx.gob.veracruz.common.GeographyFacade geography;
  @Inject private CityClock clock;

  @PostConstruct
  void start() {
    var config =
        org.eclipse.microprofile.config.ConfigProvider.getConfig(getClass().getClassLoader());
    String size = config.getOptionalValue("ciudad.demo", String.class).orElse("none");
    String mode = config.getOptionalValue("ciudad.mode", String.class).orElse("dev");
    if (size.equalsIgnoreCase("none") || mode.equalsIgnoreCase("prod")) {
      return;
    }
    try {
      loadIfEmpty();
      if (size.equalsIgnoreCase("city")) {
        cityReports();
      }
    } catch (Exception e) {
      throw new IllegalStateException("No se pudo cargar el catálogo SIRC de demostración", e);
    }
  }

  public void loadIfEmpty() throws Exception {
    tx.begin();
    try {
      if (!repo.services(false).isEmpty()) {
        tx.commit();
        return;
      }
      for (String[] row : SERVICES) {
        SircService s = new SircService();
        s.setCode(row[0]);
        s.setTheme(row[1]);
        s.setName(row[2]);
        s.setDescription(row[3]);
        s.setKeywords(row[4]);
        s.setDependencia(row[5]);
        s.setSlaAmount(Integer.parseInt(row[6]));
        s.setSlaUnit(row[7].equals("H") ? SlaUnit.HORAS_HABILES : SlaUnit.DIAS_HABILES);
        s.setAnonymousAllowed(row[8].equals("S"));
        s.setActive(true);
        s.setCatalogVersion(1);
        repo.persist(s);
        repo.flush();
        questions(s);
        repo.flush();
        catalog.publish(s, "sistema", clock.now().toEpochMilli());
      }
      keys.issue(
              "Prueba de la API (demo)",
              "gobierno.digital@demo.veracruz.gob.mx",
              "sistema",
              ApiKeys.DEMO_KEY)
          .key()
          .setRatePerMinute(600);
      tx.commit();
      LOG.info(() -> "Catálogo SIRC de demostración: " + SERVICES.size() + " servicios");
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
    reportsIfNone();
  }

  /** Services of the demo reports that need no answer, and what happened. */
  private static final String[][] DEMO_REPORTS = {
    {"BASURA", "Bolsas de basura acumuladas en la esquina desde el lunes", ""},
    {"SEMAFORO", "El semáforo de la esquina está intermitente", "ASIGNAR"},
    {"BANQUETA", "Banqueta levantada por raíces frente a la escuela", "ASIGNAR,INICIAR"},
    {"DRENAJE", "Sale agua negra del registro", "ASIGNAR,RESOLVER"},
    {"PODA", "Ramas de un árbol tocan los cables de luz", ""},
    {"GRAFITI", "Pintas en el muro del parque", "RECHAZAR"},
    {"TIRADERO", "Tiran escombro en el terreno baldío cada noche", "ASIGNAR"},
    {"ALCANTARILLA", "Coladera sin tapa en el cruce", "ASIGNAR,INICIAR,RESOLVER"},
    {"CONTENEDOR", "Contenedor desbordado", ""},
    {"PARQUE", "Juegos infantiles rotos", "ASIGNAR"},
    {"MOBILIARIO", "Banca rota en la parada del autobús", ""},
    {"LUMINARIA_DIA", "La luminaria sigue encendida de día", "ASIGNAR,RESOLVER"},
  };

  /** A small set of reports in every state, so the queue, the map and the panels show something. */
  private void reportsIfNone() throws Exception {
    tx.begin();
    try {
      if (repo.countReports() > 0) {
        tx.commit();
        return;
      }
      List<double[]> centres = centres();
      for (int i = 0; i < DEMO_REPORTS.length; i++) {
        String[] d = DEMO_REPORTS[i];
        double[] c = centres.get((i * 7) % centres.size());
        mx.gob.veracruz.sirc.FiledReport f =
            reports.file(
                new mx.gob.veracruz.sirc.ReportCommand(
                    d[0],
                    java.math.BigDecimal.valueOf(c[0]),
                    java.math.BigDecimal.valueOf(c[1]),
                    null,
                    d[1],
                    java.util.Map.of(),
                    i % 3 == 0 ? "TELEFONO" : "PORTAL",
                    null,
                    null,
                    // a phone, no e-mail: some services need a contact, and the demo sends no mail
                    String.format("229900%04d", i),
                    null,
                    null,
                    null,
                    null,
                    i == 0 ? List.of(Photos.prepare(demoPhoto())) : List.of()),
                "demo",
                null);
        mx.gob.veracruz.sirc.model.Report r = repo.byFolio(f.folio()).orElseThrow();
        for (String action : d[2].isEmpty() ? new String[0] : d[2].split(",")) {
          mx.gob.veracruz.sirc.ReportAction a = mx.gob.veracruz.sirc.ReportAction.valueOf(action);
          reports.apply(
              r,
              ReportWorkflow.find(r.getStatus(), a).orElseThrow(),
              "demo",
              a == mx.gob.veracruz.sirc.ReportAction.RECHAZAR
                  ? "No corresponde a la vía pública municipal"
                  : a == mx.gob.veracruz.sirc.ReportAction.RESOLVER
                      ? "Atendido por la cuadrilla"
                      : null,
              "Cuadrilla " + (1 + i % 4));
        }
      }
      tx.commit();
      LOG.info(() -> "Reportes SIRC de demostración: " + DEMO_REPORTS.length);
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }

  /** {@code CIUDAD_DEMO=city}: the 500,000 reports of three years (once; resumed if cut short). */
  private void cityReports() throws java.sql.SQLException {
    try (java.sql.Connection c = ds.getConnection()) {
      if (CityReports.loadIfMissing(c, clock.now().toEpochMilli()) > 0) {
        try (java.sql.Statement st = c.createStatement()) {
          st.execute("ANALYZE TABLE SIRC_REPORT"); // MySQL/MariaDB: fresh index statistics
        } catch (java.sql.SQLException e) {
          LOG.fine(() -> "ANALYZE TABLE no disponible en esta base: " + e.getMessage());
        }
      }
    }
  }

  /** The mean of each colonia's outer ring (inside, for the demo's convex polygons): lat, lon. */
  private List<double[]> centres() {
    List<double[]> out = new java.util.ArrayList<>();
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(geography.coloniasGeoJson()))) {
      for (jakarta.json.JsonValue f : reader.readObject().getJsonArray("features")) {
        jakarta.json.JsonObject g = f.asJsonObject().getJsonObject("geometry");
        if (!"Polygon".equals(g.getString("type"))) {
          continue;
        }
        jakarta.json.JsonArray ring = g.getJsonArray("coordinates").getJsonArray(0);
        double lat = 0;
        double lon = 0;
        for (int k = 0; k < ring.size() - 1; k++) {
          lon += ring.getJsonArray(k).getJsonNumber(0).doubleValue();
          lat += ring.getJsonArray(k).getJsonNumber(1).doubleValue();
        }
        out.add(new double[] {lat / (ring.size() - 1), lon / (ring.size() - 1)});
      }
    }
    return out;
  }

  private void questions(SircService s) {
    switch (s.getCode()) {
      case "BACHE" -> {
        q(
            s,
            "tamano",
            AttributeType.SINGLEVALUELIST,
            true,
            "¿De qué tamaño es el bache?",
            1,
            "chico=Chico (menos de 30 cm)|mediano=Mediano (30 cm a 1 m)|grande=Grande (más de 1 m)");
        q(
            s,
            "riesgo",
            AttributeType.MULTIVALUELIST,
            false,
            "¿Qué riesgo causa?",
            2,
            "autos=Daña autos|motos=Peligro para motos y bicicletas|peatones=Peligro para peatones|agua=Se llena de agua");
      }
      case "LUMINARIA" -> {
        q(
            s,
            "poste",
            AttributeType.STRING,
            false,
            "Número de poste (si lo tiene pintado)",
            1,
            null);
        q(s, "cuantas", AttributeType.NUMBER, true, "¿Cuántas lámparas están apagadas?", 2, null);
      }
      case "FUGA_AGUA" -> {
        q(
            s,
            "intensidad",
            AttributeType.SINGLEVALUELIST,
            true,
            "¿Cómo sale el agua?",
            1,
            "goteo=Goteo|chorro=Chorro|brote=Brota con fuerza");
        q(s, "desde", AttributeType.DATETIME, false, "¿Desde cuándo? (fecha)", 2, null);
      }
      case "RUIDO" -> {
        q(
            s,
            "origen",
            AttributeType.SINGLEVALUELIST,
            true,
            "¿De dónde viene el ruido?",
            1,
            "casa=Casa particular|negocio=Negocio|obra=Obra|vehiculo=Vehículo");
        q(s, "detalle", AttributeType.TEXT, false, "Días y horas en que ocurre", 2, null);
      }
      case "PERRO_CALLEJERO" ->
          q(
              s,
              "estado",
              AttributeType.MULTIVALUELIST,
              true,
              "¿Cómo está el perro?",
              1,
              "herido=Herido|agresivo=Agresivo|cachorros=Con cachorros|desnutrido=Desnutrido");
      default -> {}
    }
  }

  private void q(
      SircService s,
      String code,
      AttributeType type,
      boolean required,
      String description,
      int order,
      String values) {
    SircAttribute a = new SircAttribute();
    a.setServiceId(s.getId());
    a.setCode(code);
    a.setDatatype(type);
    a.setRequired(required);
    a.setDescription(description);
    a.setDatatypeDescription(
        switch (type) {
          case NUMBER -> "Un número entero";
          case DATETIME -> "Fecha AAAA-MM-DD";
          default -> null;
        });
    a.setOrdinal(order);
    a.setValueList(values);
    repo.persist(a);
  }

  private static String[] s(String... v) {
    return v;
  }

  /** A drawn picture of a pothole (the first demo report's photo): an asphalt road, a dark hole. */
  static byte[] demoPhoto() {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(
          java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new java.awt.Color(0x87, 0xA9, 0x6B));
      g.fillRect(0, 0, 800, 600);
      g.setColor(new java.awt.Color(0x55, 0x55, 0x5A));
      g.fillPolygon(new int[] {250, 550, 800, 0}, new int[] {0, 0, 600, 600}, 4);
      g.setColor(new java.awt.Color(0xF2, 0xC9, 0x4C));
      for (int y = 20; y < 600; y += 90) {
        g.fillRect(395 - y / 60, y, 10 + y / 30, 45);
      }
      g.setColor(new java.awt.Color(0x2A, 0x24, 0x20));
      g.fillOval(300, 380, 220, 110);
      g.setColor(new java.awt.Color(0x3B, 0x33, 0x2D));
      g.fillOval(330, 400, 160, 70);
    } finally {
      g.dispose();
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(img, "png", out);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
