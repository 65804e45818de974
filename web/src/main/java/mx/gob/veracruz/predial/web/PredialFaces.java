package mx.gob.veracruz.predial.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.InvalidInputException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.Messages;
import org.primefaces.model.StreamedContent;

/**
 * What the predial pages share: messages with arguments, kebab-case field ids, PDFs, roles, today.
 */
final class PredialFaces {
  /** Roles of the facades' staff operations (PredialPaymentFacade's class level). */
  static final List<String> FINANCE = List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS);

  /** Roles of PredialFacade (predio list and page). */
  static final List<String> PREDIO_READERS =
      List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION);

  private PredialFaces() {}

  /** Today in the city, from the one CityClock (fixed in tests), also for field initialisers. */
  static LocalDate today() {
    return CDI.current().select(CityClock.class).get().today();
  }

  static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, key, args);
  }

  static void warn(String key, Object... args) {
    add(FacesMessage.SEVERITY_WARN, key, args);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    String text =
        args.length == 0
            ? Messages.text(key)
            : new MessageFormat(Messages.text(key), Locale.forLanguageTag("es-MX")).format(args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /**
   * A broken rule next to its input: the facades name fields in camelCase ({@code
   * terminalAuthorization}), our component ids are kebab-case ({@code terminal-authorization}).
   */
  static void error(BusinessRuleException e, String formPrefix) {
    if (e instanceof InvalidInputException || e.getField() == null) {
      Messages.error(e, formPrefix);
      return;
    }
    String id = e.getField().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    Messages.error(new BusinessRuleException(e.getCode(), id, e.getMessage()), formPrefix);
  }

  /** A PDF for p:fileDownload; the bytes are produced before, so a refusal becomes a message. */
  static StreamedContent pdf(byte[] bytes, String name) {
    return mx.gob.veracruz.common.web.Downloads.file(bytes, name + ".pdf", "application/pdf");
  }

  /** The facades list banks as {@code CODE|Name}. */
  static List<SelectItem> bankItems(List<String> banks) {
    return banks.stream()
        .map(b -> b.split("\\|", 2))
        .map(b -> new SelectItem(b[0], b.length > 1 ? b[1] : b[0]))
        .toList();
  }

  static boolean inAnyRole(List<String> roles) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return roles.stream().anyMatch(external::isUserInRole);
  }

  static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }
}
