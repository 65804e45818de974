package mx.gob.veracruz.common.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.InvalidInputException;

/** Faces messages from the bundle and from broken business rules (attached to their field). */
public final class Messages {
  private Messages() {}

  private static String asText(FacesContext fc, jakarta.faces.component.UIInput input) {
    Object v = input.getValue();
    if (v == null) {
      return "";
    }
    if (v instanceof java.time.LocalDate d) {
      return d.format(
          java.time.format.DateTimeFormatter.ofPattern(
              "dd/MM/yyyy")); // every date picker's pattern
    }
    jakarta.faces.convert.Converter<Object> c = input.getConverter();
    if (c == null && !(v instanceof String)) {
      c = fc.getApplication().createConverter(v.getClass());
    }
    return c == null ? String.valueOf(v) : c.getAsString(fc, input, v);
  }

  public static String text(String key) {
    FacesContext fc = FacesContext.getCurrentInstance();
    return ResourceBundle.getBundle("mx.gob.veracruz.web.messages", fc.getViewRoot().getLocale())
        .getString(key);
  }

  public static void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
  }

  /** An information message with {0}, {1}… filled in (MessageFormat, the view's locale). */
  public static void info(String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    String text = new java.text.MessageFormat(text(key), fc.getViewRoot().getLocale()).format(args);
    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** Shows the rule's message next to {@code formPrefix + field} when that field is on the page. */
  public static void error(BusinessRuleException e, String formPrefix) {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (e instanceof InvalidInputException many) {
      many.getViolations()
          .forEach(
              v -> error(new BusinessRuleException(v.code(), v.field(), v.message()), formPrefix));
      return;
    }
    String clientId = e.getField() == null ? null : formPrefix + e.getField();
    jakarta.faces.component.UIComponent field =
        clientId == null ? null : fc.getViewRoot().findComponent(":" + clientId);
    boolean onPage = field != null;
    if (field instanceof jakarta.faces.component.UIInput input) {
      // Marked (ui-state-error) as for a failed conversion. An invalid input renders its submitted
      // value, already consumed by now: give it back the value the clerk typed, as text.
      // A multiple selection keeps its model value: its submitted value must be an array.
      if (!(input instanceof jakarta.faces.component.UISelectMany)) {
        input.setSubmittedValue(asText(fc, input));
      }
      input.setValid(false);
    }
    fc.addMessage(
        onPage ? clientId : null,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    fc.validationFailed();
  }
}
