package mx.gob.veracruz.kpi;

import java.io.Serializable;
import java.util.List;

/**
 * A dashboard as printed: its headline figures and each chart's data as a table (every text already
 * formatted for es-MX by the console, which knows the labels).
 */
public record DashboardDocument(
    String title, String period, String computed, List<Line> headlines, List<Section> sections)
    implements Serializable {

  /** One figure: label, value, same period last year, change, target (any may be blank). */
  public record Line(
      String label, String value, String previous, String change, String target, double share)
      implements Serializable {}

  /** One chart: its title, what the columns are, and its rows. */
  public record Section(String title, String valueHeader, String previousHeader, List<Line> lines)
      implements Serializable {}
}
