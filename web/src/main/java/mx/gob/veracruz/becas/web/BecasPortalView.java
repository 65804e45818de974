package mx.gob.veracruz.becas.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.becas.BecaRules;
import mx.gob.veracruz.becas.BecasCatalogFacade;
import mx.gob.veracruz.becas.ConvocatoriaView;
import mx.gob.veracruz.becas.RankedEntry;
import mx.gob.veracruz.common.BusinessRuleException;

/** The portal's calls: the list, one call's rules in plain Spanish, and its published results. */
@Named
@ViewScoped
public class BecasPortalView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BecasCatalogFacade catalog;

  private String code;
  private ConvocatoriaView call;
  private List<RankedEntry> results = List.of();
  private List<ConvocatoriaView> calls;

  public List<ConvocatoriaView> getCalls() {
    if (calls == null) {
      calls = catalog.calls(0, 100);
    }
    return calls;
  }

  public void loadOne() throws IOException {
    if (call != null) {
      return;
    }
    try {
      call = code == null ? null : catalog.call(code);
      results = call == null ? List.of() : catalog.results(code);
    } catch (BusinessRuleException e) {
      call = null;
    }
    if (call == null) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "No encontrado");
      fc.responseComplete();
    }
  }

  /** The rules as sentences, for the call's page. */
  public List<String> getRuleTexts() {
    return BecasTexts.rules(call);
  }

  public String levelNames(BecaRules r) {
    return String.join(", ", r.levels().stream().map(BecaRules.LEVELS::get).toList());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public ConvocatoriaView getCall() {
    return call;
  }

  public List<RankedEntry> getResults() {
    return results;
  }
}
