package mx.gob.veracruz.sirc.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.veracruz.sirc.SircPublicFacade;

/** The public map page's filter choices. */
@Named
@RequestScoped
public class SircPublicMap {
  @Inject private SircPublicFacade sirc;

  public List<String> getStatuses() {
    return sirc.statusCodes();
  }
}
