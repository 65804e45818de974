package mx.gob.veracruz.ciudadano.web;

import jakarta.enterprise.context.ApplicationScoped;

/** Today's panels of the citizen 360° page. */
public final class CorePanels {
  private CorePanels() {}

  /** Identity: CURP, name, birth date, age, contact and address. */
  @ApplicationScoped
  public static class Identity implements CitizenPanel {
    @Override
    public String titleKey() {
      return "ciudadano360.identidad";
    }

    @Override
    public String include() {
      return "/WEB-INF/includes/ciudadano/identidad.xhtml";
    }

    @Override
    public int order() {
      return 10;
    }
  }

  /** Contact history: who registered, consulted or changed the record, from the audit trail. */
  @ApplicationScoped
  public static class ContactHistory implements CitizenPanel {
    @Override
    public String titleKey() {
      return "ciudadano360.historial";
    }

    @Override
    public String include() {
      return "/WEB-INF/includes/ciudadano/historial.xhtml";
    }

    @Override
    public int order() {
      return 90;
    }
  }
}
