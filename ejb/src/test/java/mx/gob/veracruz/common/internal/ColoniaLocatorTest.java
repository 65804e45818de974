package mx.gob.veracruz.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ColoniaLocatorTest {
  private static final GeometryFactory F = new GeometryFactory();

  @Test
  void aGeoJsonPolygonIsReadInLongitudeLatitudeOrder() {
    Geometry g =
        ColoniaLocator.polygon(
            "{\"type\":\"Polygon\",\"coordinates\":[[[-96.14,19.19],[-96.13,19.19],[-96.13,19.20],[-96.14,19.20],[-96.14,19.19]]]}");
    assertThat(g.covers(F.createPoint(new Coordinate(-96.135, 19.195)))).isTrue();
    assertThat(g.covers(F.createPoint(new Coordinate(19.195, -96.135)))).isFalse();
    assertThat(g.covers(F.createPoint(new Coordinate(-96.9, 19.5)))).isFalse();
  }

  @Test
  void aMultiPolygonAndHolesAreKept() {
    Geometry g =
        ColoniaLocator.polygon(
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]],[[[20,20],[21,20],[21,21],[20,20]]]]}");
    assertThat(g.covers(F.createPoint(new Coordinate(1, 1)))).isTrue();
    assertThat(g.covers(F.createPoint(new Coordinate(5, 5)))).isFalse(); // the hole
    assertThat(g.covers(F.createPoint(new Coordinate(20.8, 20.2)))).isTrue();
  }
}
