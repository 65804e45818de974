package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The interface language: Spanish (es-MX) for everyone, English when the user picks it with {@code
 * ?lang=en} (kept in the HTTP session). A browser's own language does not switch it: the
 * municipality's staff and citizens work in Spanish whatever their browser says.
 */
@Named
@RequestScoped
public class LocaleSelector {
  static final String SESSION_KEY = "ciudad.lang";
  static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  @Inject private ExternalContext external;

  public Locale getLocale() {
    String requested = external.getRequestParameterMap().get("lang");
    if ("en".equals(requested) || "es".equals(requested)) {
      external.getSessionMap().put(SESSION_KEY, requested);
    }
    Object chosen = external.getSessionMap().get(SESSION_KEY);
    return "en".equals(chosen) ? Locale.ENGLISH : SPANISH;
  }
}
