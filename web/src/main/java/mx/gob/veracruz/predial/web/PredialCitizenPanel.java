package mx.gob.veracruz.predial.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.ciudadano.CitizenDetail;
import mx.gob.veracruz.ciudadano.web.CitizenPanel;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.predial.PredialFacade;
import mx.gob.veracruz.predial.Statement;

/**
 * Predial's panel on the citizen 360° page: the predios the citizen owns (by citizen id or CURP),
 * each with what it owes today. Request-scoped so one render asks the facade once.
 */
@Named
@RequestScoped
public class PredialCitizenPanel implements CitizenPanel {
  /** The roles PredialFacade.ownedBy allows. */
  static final List<String> ROLES =
      List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION, Roles.CAPTURISTA);

  @Inject private PredialFacade facade;

  private static final Logger LOG = Logger.getLogger(PredialCitizenPanel.class.getName());

  private Long loadedFor;
  private boolean unavailable;
  private List<Statement> statements = List.of();

  @Override
  public String titleKey() {
    return "predial.ciudadano.titulo";
  }

  @Override
  public String include() {
    return "/WEB-INF/includes/predial/predios-ciudadano.xhtml";
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public List<String> roles() {
    return ROLES;
  }

  public List<Statement> statementsOf(CitizenDetail citizen) {
    if (citizen != null && !citizen.id().equals(loadedFor)) {
      loadedFor = citizen.id();
      try {
        statements = facade.ownedBy(citizen.id(), citizen.curp());
      } catch (RuntimeException e) {
        // A contributed panel must never break the citizen page: it says so and the rest still
        // renders.
        LOG.log(
            Level.WARNING,
            "Panel de predial no disponible para el ciudadano {0}: {1}",
            new Object[] {citizen.id(), e.toString()});
        unavailable = true;
      }
    }
    return statements;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  /** The predio page is open to PredialFacade's readers (web.xml); others see the clave only. */
  public boolean isLinkable() {
    return PredialFaces.inAnyRole(PredialFaces.PREDIO_READERS);
  }
}
