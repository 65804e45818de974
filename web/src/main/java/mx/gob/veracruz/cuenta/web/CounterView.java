package mx.gob.veracruz.cuenta.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.cuenta.CounterAccountView;
import mx.gob.veracruz.cuenta.CounterCode;
import mx.gob.veracruz.cuenta.CounterVerificationFacade;

/**
 * The counter's CURP verification ({@code /consola/cuentas/ventanilla.xhtml}): find the citizen's
 * account, record the ID seen and hand over the one-time code.
 */
@Named
@ViewScoped
public class CounterView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CounterVerificationFacade facade;

  private String query;
  private List<CounterAccountView> found = List.of();
  private CounterAccountView selected;
  private String curp;
  private String document;
  private String numberEnd;
  private CounterCode issued;

  public void search() {
    try {
      found = facade.find(query);
      selected = null;
      issued = null;
      if (found.isEmpty()) {
        Messages.info("cuentas.ventanilla.sinCuentas");
      }
    } catch (BusinessRuleException e) {
      Messages.error(e, "search-form:");
    }
  }

  public void select(CounterAccountView a) {
    selected = a;
    issued = null;
    curp = null;
    document = null;
    numberEnd = null;
  }

  public void issue() {
    try {
      issued = facade.issueCode(selected.id(), curp, document, numberEnd);
    } catch (BusinessRuleException e) {
      Messages.error(e, "code-form:");
    }
  }

  public List<String> getDocuments() {
    return List.of("INE", "PASAPORTE", "CEDULA", "CARTILLA", "LICENCIA");
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<CounterAccountView> getFound() {
    return found;
  }

  public CounterAccountView getSelected() {
    return selected;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getDocument() {
    return document;
  }

  public void setDocument(String document) {
    this.document = document;
  }

  public String getNumberEnd() {
    return numberEnd;
  }

  public void setNumberEnd(String numberEnd) {
    this.numberEnd = numberEnd;
  }

  public CounterCode getIssued() {
    return issued;
  }
}
