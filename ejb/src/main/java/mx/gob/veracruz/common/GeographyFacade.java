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
   * The colonia a typed address names ("Av. Díaz Mirón 123, col. Centro, 91700"): the longest
   * colonia name found in it as whole words, accents and case aside; failing that, a postal code in
   * it that only one colonia has. No street-level geocoder is reachable here: the point is inside
   * the colonia, for the citizen or the clerk to confirm or move.
   */
  public Optional<ColoniaPlace> findInAddress(String address) {
    if (address == null || address.isBlank() || address.length() > 300) {
      return Optional.empty();
    }
    String text = " " + normalize(address) + " ";
    Colonia best = null;
    for (Colonia c : geography.colonias()) {
      String name = normalize(c.getNombre());
      if (!name.isEmpty()
          && text.contains(" " + name + " ")
          && (best == null || name.length() > normalize(best.getNombre()).length())) {
        best = c;
      }
    }
    if (best == null) {
      java.util.regex.Matcher cp =
          java.util.regex.Pattern.compile("\\b(\\d{5})\\b").matcher(address);
      if (cp.find()) {
        String code = cp.group(1);
        List<Colonia> same =
            geography.colonias().stream().filter(c -> code.equals(c.getCodigoPostal())).toList();
        if (same.size() == 1) {
          best = same.get(0);
        }
      }
    }
    Colonia found = best;
    return Optional.ofNullable(found)
        .flatMap(
            c -> locator.interiorPoint(c.getId()).map(p -> new ColoniaPlace(info(c), p[0], p[1])));
  }

  /** Lower case, no accents, words separated by single spaces. */
  static String normalize(String s) {
    String plain =
        java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]+", " ").trim();
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
