package mx.gob.veracruz.tramites.web;

import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Small helpers of the trámites pages. */
final class TramitesFaces {
  private TramitesFaces() {}

  static StreamedContent file(byte[] bytes, String name, String type) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** A page for something that does not exist (or is not the caller's): 404, as for a typo. */
  static void notFound() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().responseSendError(404, "No encontrado");
    fc.responseComplete();
  }
}
