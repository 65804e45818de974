package mx.gob.veracruz.ciudadano.web;

import java.util.List;

/**
 * Extension point of the citizen 360° page: every CDI bean of this type contributes one panel (a
 * Facelets fragment that reads {@code #{citizen360View.citizen}}). Modules add panels without
 * touching this module: predial's properties, SIRC's reports, and so on.
 */
public interface CitizenPanel {
  /** Bundle key of the panel title. */
  String titleKey();

  /** Facelets fragment, e.g. {@code /WEB-INF/includes/ciudadano/identidad.xhtml}. */
  String include();

  /** Position on the page, ascending. */
  int order();

  /** Roles that may see the panel; empty means every role allowed on the page. */
  default List<String> roles() {
    return List.of();
  }
}
