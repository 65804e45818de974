package mx.gob.veracruz.common.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import mx.gob.veracruz.common.model.Colonia;

/** Loads the colonias of Veracruz (names, postal codes, approximate polygons) from GeoJSON. */
@ApplicationScoped
public class ColoniaLoader {
  static final String RESOURCE = "demo/colonias-veracruz.geojson";

  @Inject private GeographyRepository geography;

  @Resource private UserTransaction tx;

  public void loadIfEmpty() throws Exception {
    tx.begin();
    try {
      if (geography.count() == 0) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE);
            JsonReader reader = Json.createReader(in)) {
          for (JsonValue f : reader.readObject().getJsonArray("features")) {
            JsonObject p = f.asJsonObject().getJsonObject("properties");
            geography.persist(
                new Colonia(
                    p.getString("nombre"),
                    p.getString("codigoPostal"),
                    p.getString("tipo"),
                    f.asJsonObject().getJsonObject("geometry").toString()));
          }
        }
      }
      tx.commit();
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }
}
