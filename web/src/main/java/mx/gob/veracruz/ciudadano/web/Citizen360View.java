package mx.gob.veracruz.ciudadano.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import mx.gob.veracruz.ciudadano.CitizenDetail;
import mx.gob.veracruz.ciudadano.CiudadanoFacade;
import mx.gob.veracruz.common.AuditEntry;
import mx.gob.veracruz.common.AuditFacade;
import mx.gob.veracruz.common.BusinessRuleException;

/** The citizen 360° page: the citizen plus every contributed {@link CitizenPanel}. */
@Named
@ViewScoped
public class Citizen360View implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CiudadanoFacade facade;
  @Inject private AuditFacade audit;
  @Inject private Instance<CitizenPanel> panels;
  @Inject private ExternalContext external;

  private Long id;
  private CitizenDetail citizen;
  private List<AuditEntry> history;

  public void load() throws IOException {
    try {
      citizen = facade.find(id);
      history = audit.historyOf("Ciudadano", String.valueOf(id), 50);
    } catch (BusinessRuleException e) {
      external.responseSendError(404, e.getMessage());
      jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public List<CitizenPanel> getPanels() {
    return panels.stream()
        .filter(p -> p.roles().isEmpty() || p.roles().stream().anyMatch(external::isUserInRole))
        .sorted(Comparator.comparingInt(CitizenPanel::order))
        .toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CitizenDetail getCitizen() {
    return citizen;
  }

  public List<AuditEntry> getHistory() {
    return history;
  }
}
