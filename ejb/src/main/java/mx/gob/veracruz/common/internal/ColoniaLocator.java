package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.common.model.Colonia;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point-in-polygon over the colonias (JTS): which colonia a longitude/latitude falls in, and the
 * municipality's outline (the union of the colonias) for "outside the municipality". The polygons
 * are reference data read once per instance into an STR-tree of prepared geometries; every instance
 * of a cluster builds the same index from the same table, so nothing is shared in memory.
 */
@ApplicationScoped
public class ColoniaLocator {
  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

  @Inject private GeographyRepository geography;

  /**
   * A point inside the municipality but in no colonia polygon (a street between two, a park) goes
   * to the nearest colonia within this distance, in degrees (about 1.1 km).
   */
  static final double NEAREST_WITHIN_DEGREES = 0.01;

  private volatile Index index;

  private record Area(Long coloniaId, PreparedGeometry shape, Geometry geometry) {}

  /** The polygons, and the municipality's outline: the convex hull of every colonia. */
  private record Index(STRtree tree, List<Area> areas, PreparedGeometry municipality) {}

  /**
   * The colonia containing the point (on its border counts as inside); else, when the point is
   * inside the municipality, the nearest colonia within {@link #NEAREST_WITHIN_DEGREES}; else none
   * (outside the municipality).
   */
  public Optional<Long> locate(double latitude, double longitude) {
    Point p = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
    Index i = index();
    @SuppressWarnings("unchecked")
    List<Area> candidates = i.tree().query(p.getEnvelopeInternal());
    Optional<Long> inside =
        candidates.stream()
            .filter(a -> a.shape().covers(p))
            .map(Area::coloniaId)
            .sorted()
            .findFirst();
    if (inside.isPresent() || i.municipality() == null || !i.municipality().covers(p)) {
      return inside;
    }
    Area nearest = null;
    double best = NEAREST_WITHIN_DEGREES;
    for (Area a : i.areas()) {
      double d = a.geometry().distance(p);
      if (d <= best) {
        best = d;
        nearest = a;
      }
    }
    return Optional.ofNullable(nearest).map(Area::coloniaId);
  }

  /**
   * A point inside the colonia (JTS interior point: inside even for a concave polygon): lat, lon.
   */
  public Optional<double[]> interiorPoint(Long coloniaId) {
    return index().areas().stream()
        .filter(a -> a.coloniaId().equals(coloniaId))
        .findFirst()
        .map(
            a -> {
              Point p = a.geometry().getInteriorPoint();
              return new double[] {p.getY(), p.getX()};
            });
  }

  /** Forgets the index (after colonias are loaded or edited). */
  public void reset() {
    index = null;
  }

  private Index index() {
    Index current = index;
    if (current == null) {
      STRtree tree = new STRtree();
      List<Area> areas = new ArrayList<>();
      List<Geometry> all = new ArrayList<>();
      for (Colonia c : geography.colonias()) {
        if (c.getGeoJson() == null) {
          continue;
        }
        Geometry g = polygon(c.getGeoJson());
        Area a = new Area(c.getId(), PreparedGeometryFactory.prepare(g), g);
        tree.insert(g.getEnvelopeInternal(), a);
        areas.add(a);
        all.add(g);
      }
      tree.build();
      PreparedGeometry outline =
          all.isEmpty()
              ? null
              : PreparedGeometryFactory.prepare(GEOMETRY.buildGeometry(all).convexHull());
      index = current = new Index(tree, List.copyOf(areas), outline);
    }
    return current;
  }

  /** A GeoJSON Polygon or MultiPolygon (lon, lat order) as a JTS geometry. */
  static Geometry polygon(String geoJson) {
    try (JsonReader r = Json.createReader(new StringReader(geoJson))) {
      JsonObject g = r.readObject();
      JsonArray coordinates = g.getJsonArray("coordinates");
      if ("MultiPolygon".equals(g.getString("type"))) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < coordinates.size(); i++) {
          parts.add(polygon(coordinates.getJsonArray(i)));
        }
        return GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
      }
      return polygon(coordinates);
    }
  }

  private static Polygon polygon(JsonArray rings) {
    LinearRing shell = ring(rings.getJsonArray(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.getJsonArray(i));
    }
    return GEOMETRY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonArray points) {
    Coordinate[] c = new Coordinate[points.size()];
    for (int i = 0; i < c.length; i++) {
      JsonArray xy = points.getJsonArray(i);
      c[i] = new Coordinate(xy.getJsonNumber(0).doubleValue(), xy.getJsonNumber(1).doubleValue());
    }
    return GEOMETRY.createLinearRing(c);
  }
}
