package mx.gob.veracruz.tramites.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Small helpers of the trámites pages. */
final class TramitesFaces {
  private TramitesFaces() {}

  /** A page for something that does not exist (or is not the caller's): 404, as for a typo. */
  static void notFound() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().responseSendError(404, "No encontrado");
    fc.responseComplete();
  }
}
