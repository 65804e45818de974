package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.common.model.Colonia;

/** The municipality's geography (colonias with postal codes); public reference data. */
@Stateless
@PermitAll
public class GeographyFacade {
  /**
   * One builder factory: {@code Json.createObjectBuilder()} looks the JSON-P provider up again on
   * every call (a ServiceLoader scan), which cost most of the map's 5,000 markers.
   */
  private static final jakarta.json.JsonBuilderFactory JSON =
      jakarta.json.Json.createBuilderFactory(java.util.Map.of());

  @Inject private mx.gob.veracruz.common.internal.GeographyRepository geography;
  @Inject private mx.gob.veracruz.common.internal.ColoniaLocator locator;

  public List<ColoniaInfo> colonias() {
    return geography.colonias().stream().map(GeographyFacade::info).toList();
  }

  public Optional<ColoniaInfo> colonia(Long id) {
    return Optional.ofNullable(id == null ? null : geography.colonia(id))
        .map(GeographyFacade::info);
  }

  /** The colonia at a point; empty when the point is outside the municipality. */
  public Optional<ColoniaInfo> locate(double latitude, double longitude) {
    return locator.locate(latitude, longitude).flatMap(this::colonia);
  }

  /**
   * The colonias as one GeoJSON FeatureCollection (id, nombre, código postal): the map's fallback
   * layer where no tile server is reachable.
   */
  public String coloniasGeoJson() {
    StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    for (Colonia c : geography.colonias()) {
      if (c.getGeoJson() == null) {
        continue;
      }
      out.append(first ? "" : ",");
      first = false;
      out.append(
          JSON.createObjectBuilder()
              .add("type", "Feature")
              .add(
                  "properties",
                  JSON.createObjectBuilder()
                      .add("id", c.getId())
                      .add("nombre", c.getNombre())
                      .add("codigoPostal", c.getCodigoPostal()))
              .add(
                  "geometry",
                  jakarta.json.Json.createReader(new java.io.StringReader(c.getGeoJson()))
                      .readObject())
              .build()
              .toString());
    }
    return out.append("]}").toString();
  }

  private static ColoniaInfo info(Colonia c) {
    return new ColoniaInfo(c.getId(), c.getNombre(), c.getCodigoPostal());
  }
}
