package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The errors of one form for {@code vc:errorSummary}: field errors with their label, then global
 * ones.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** One line of the summary; {@code clientId} is null for an error of the whole form. */
  public record Item(String clientId, String label, String text) {}

  public List<Item> of(String formClientId) {
    FacesContext fc = FacesContext.getCurrentInstance();
    List<Item> items = new ArrayList<>();
    String prefix = formClientId + ":";
    for (Iterator<String> ids = fc.getClientIdsWithMessages(); ids.hasNext(); ) {
      String id = ids.next();
      if (id == null || !id.startsWith(prefix)) {
        continue;
      }
      String label = labelOf(fc, id);
      for (Iterator<FacesMessage> ms = fc.getMessages(id); ms.hasNext(); ) {
        FacesMessage m = ms.next();
        if (m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          String text = m.getSummary();
          // Converter and required messages already start with the label ("CURP: …"): don't repeat
          // it.
          items.add(new Item(id, label, text.startsWith(label) ? text : label + ": " + text));
        }
      }
    }
    return items;
  }

  private static String labelOf(FacesContext fc, String clientId) {
    UIComponent c = fc.getViewRoot().findComponent(":" + clientId);
    // errorLabel: where a component's label is its button's caption (a file upload's "Elegir")
    Object label =
        c == null
            ? null
            : c.getAttributes().get("errorLabel") != null
                ? c.getAttributes().get("errorLabel")
                : c.getAttributes().get("label");
    return label == null ? clientId.substring(clientId.lastIndexOf(':') + 1) : label.toString();
  }
}
