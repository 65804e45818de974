package mx.gob.veracruz.testing;

import java.io.File;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test archives of the ejb module: its domain packages, resources (persistence unit, Flyway
 * migrations, demo data) and the libraries the EAR ships in lib/, plus the test helpers.
 */
public final class Deployments {
  /** GreenMail's web API of the ciudad-it-ejb domain (portbase 20000 + 89). */
  public static final String MAIL_API = "http://127.0.0.1:20089";

  private Deployments() {}

  /** The foundation plus the predial domain (its migration, entities, facades, documents). */
  public static WebArchive predial(String name) {
    return foundation(name)
        .addPackages(true, "mx.gob.veracruz.predial", "mx.gob.veracruz.cobros")
        .addAsResource("mx/gob/veracruz/predial/internal/documents.properties")
        .addAsResource("sat/cfdv40.xsd")
        .addAsResource("sat/tdCFDI.xsd");
  }

  /** The foundation plus PAVG (sealed cases, ARCO, the retention and key-rotation facade). */
  public static WebArchive pavg(String name) {
    return foundation(name).addPackages(true, "mx.gob.veracruz.pavg");
  }

  public static WebArchive foundation(String name) {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addPackages(true, "mx.gob.veracruz.common", "mx.gob.veracruz.ciudadano")
            .addPackage(Deployments.class.getPackage())
            .addAsResource("META-INF/persistence.xml")
            .addAsResource("demo/colonias-veracruz.geojson")
            .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
            .addAsWebInfResource("glassfish-ejb-jar.xml")
            .addAsWebInfResource("glassfish-web.xml");
    // Every migration, in every deployment: the test deployments share one database, and Flyway
    // refuses a lower version once a higher one is applied (common tables come in later versions
    // too).
    for (File m : Objects.requireNonNull(new File("src/main/resources/db/migration").listFiles())) {
      war.addAsResource(m, "db/migration/" + m.getName());
    }
    for (File lib : Objects.requireNonNull(new File("target/it-libs").listFiles())) {
      war.addAsLibrary(lib);
    }
    return war;
  }
}
