package mx.gob.veracruz.tramites.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.veracruz.cobros.ChargeState;
import mx.gob.veracruz.cobros.CobroVerificationFacade;

/**
 * Where the gateway returns the payer of a cobro: follows the charge by its id (the session cookie
 * is not sent on a cross-site return) until the gateway's signed notice has applied it.
 */
@Named
@jakarta.enterprise.context.RequestScoped
public class ChargeReturnView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CobroVerificationFacade facade;

  private String charge;
  private ChargeState state;

  public void load() {
    state = facade.chargeState(charge);
  }

  /** Where her case is, when the module has a page for it. */
  public String getCaseLink() {
    return state != null && "tramites".equals(state.module())
        ? "/mi/expediente.xhtml?folio=" + state.subject()
        : "/mi/index.xhtml";
  }

  public String getCharge() {
    return charge;
  }

  public void setCharge(String charge) {
    this.charge = charge;
  }

  public ChargeState getState() {
    return state;
  }
}
