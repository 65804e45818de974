package mx.gob.veracruz.sirc.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.ciudadano.CitizenDetail;
import mx.gob.veracruz.ciudadano.web.CitizenPanel;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.sirc.ReportSummary;
import mx.gob.veracruz.sirc.SircFacade;

/**
 * SIRC's panel on the citizen 360° page: the reports filed with the citizen's CURP (a clerk of a
 * department sees that department's only, as in the queue). Request-scoped: one facade call per
 * render.
 */
@Named
@RequestScoped
public class SircCitizenPanel implements CitizenPanel {
  private static final Logger LOG = Logger.getLogger(SircCitizenPanel.class.getName());

  /** The roles of the 360° page that SircFacade also admits. */
  static final List<String> ROLES =
      List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION);

  @Inject private SircFacade facade;

  private Long loadedFor;
  private boolean unavailable;
  private List<ReportSummary> reports = List.of();

  @Override
  public String titleKey() {
    return "sirc.ciudadano.titulo";
  }

  @Override
  public String include() {
    return "/WEB-INF/includes/sirc/reportes-ciudadano.xhtml";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public List<String> roles() {
    return ROLES;
  }

  public List<ReportSummary> reportsOf(CitizenDetail citizen) {
    if (citizen != null && !citizen.id().equals(loadedFor)) {
      loadedFor = citizen.id();
      try {
        reports = facade.ofCitizen(citizen.curp());
      } catch (RuntimeException e) {
        // A contributed panel never breaks the citizen page: it says so and the rest renders.
        LOG.log(
            Level.WARNING,
            "Panel de SIRC no disponible para el ciudadano {0}: {1}",
            new Object[] {citizen.id(), e.toString()});
        unavailable = true;
      }
    }
    return reports;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
