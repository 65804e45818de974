package mx.gob.veracruz.tramites.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.InvalidInputException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.tramites.CaseView;
import mx.gob.veracruz.tramites.FilingCommand;
import mx.gob.veracruz.tramites.MyTramitesFacade;
import mx.gob.veracruz.tramites.TramiteCatalogFacade;
import mx.gob.veracruz.tramites.TramiteDefinition;
import mx.gob.veracruz.tramites.TramiteInfo;
import mx.gob.veracruz.tramites.Upload;
import org.primefaces.event.FileUploadEvent;

/**
 * The online form of a procedure, rendered from its definition: one input per field by type,
 * conditional fields shown by their condition, the fee recomputed from the answers, one upload per
 * document requirement. Errors come back per field from the same rules the server applies.
 */
@Named
@ViewScoped
public class TramiteFilingView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "solicitud:";

  @Inject private TramiteCatalogFacade catalog;
  @Inject private MyTramitesFacade mine;

  private String code;
  private TramiteInfo info;
  private final Map<String, String> answers = new HashMap<>();
  private final Map<String, Boolean> checks = new HashMap<>();
  private final Map<String, List<Upload>> uploads = new LinkedHashMap<>();
  private BigDecimal fee = BigDecimal.ZERO;

  public void load() throws IOException {
    if (info != null) {
      return;
    }
    try {
      info = code == null ? null : catalog.info(code);
    } catch (BusinessRuleException e) {
      info = null;
    }
    if (info == null || !info.definition().online()) {
      TramitesFaces.notFound();
      return;
    }
    answers.putAll(mine.prefill(code));
    recompute();
  }

  /** The answers as the server reads them (checkboxes as "true"/"false"). */
  Map<String, String> all() {
    Map<String, String> m = new HashMap<>(answers);
    checks.forEach((k, v) -> m.put(k, Boolean.TRUE.equals(v) ? "true" : "false"));
    return m;
  }

  /** After any change: the fee of these answers. */
  public void recompute() {
    fee = info.definition().free() ? BigDecimal.ZERO : mine.fee(code, all());
  }

  public boolean visible(TramiteDefinition.Field f) {
    return TramiteDefinition.visible(f, all());
  }

  public List<TramiteDefinition.Field> getFields() {
    return info.definition().form();
  }

  public List<TramiteDefinition.Requirement> getDocumentRequirements() {
    return info.definition().requirements().stream()
        .filter(TramiteDefinition.Requirement::document)
        .toList();
  }

  public List<TramiteDefinition.Requirement> getOtherRequirements() {
    return info.definition().requirements().stream().filter(r -> !r.document()).toList();
  }

  public void upload(FileUploadEvent event) {
    String req = (String) event.getComponent().getAttributes().get("requirement");
    uploads
        .computeIfAbsent(req, k -> new ArrayList<>())
        .add(new Upload(req, event.getFile().getFileName(), event.getFile().getContent()));
  }

  public void remove(String requirement, int index) {
    List<Upload> list = uploads.get(requirement);
    if (list != null && index >= 0 && index < list.size()) {
      list.remove(index);
    }
  }

  public List<String> filesOf(String requirement) {
    return uploads.getOrDefault(requirement, List.of()).stream()
        .map(u -> u.fileName() + " (" + Math.max(1, u.content().length / 1024) + " KB)")
        .toList();
  }

  public String submit() {
    try {
      List<Upload> files = new ArrayList<>();
      uploads.values().forEach(files::addAll);
      CaseView v = mine.file(new FilingCommand(code, all(), files));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("tramites.presentado", v.folio());
      return "/mi/expediente?faces-redirect=true&folio=" + v.folio();
    } catch (InvalidInputException e) {
      e.getViolations().forEach(x -> error(x.field(), x.message()));
    } catch (BusinessRuleException e) {
      error(e.getField(), e.getMessage());
    }
    return null;
  }

  /** A rule's message under its field: "campo:<name>" or "requisito:<code>". */
  private void error(String field, String message) {
    FacesContext fc = FacesContext.getCurrentInstance();
    String clientId = null;
    if (field != null && field.startsWith("campo:")) {
      clientId = FORM + "f-" + field.substring(6);
    } else if (field != null && field.startsWith("requisito:")) {
      clientId = FORM + "doc-" + field.substring(10);
    }
    if (clientId != null && fc.getViewRoot().findComponent(":" + clientId) == null) {
      clientId = null;
    }
    var component = clientId == null ? null : fc.getViewRoot().findComponent(":" + clientId);
    if (component instanceof jakarta.faces.component.UIInput input) {
      input.setValid(false);
    }
    fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    fc.validationFailed();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TramiteInfo getInfo() {
    return info;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public Map<String, Boolean> getChecks() {
    return checks;
  }

  public BigDecimal getFee() {
    return fee;
  }
}
