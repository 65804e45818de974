package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
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

  /**
   * The current request's context, looked up on each use: the injectable ExternalContext is cached
   * for the whole HTTP request, and an error page rendered after a Faces request called sendError
   * (a detail page's 404) would get the first, already released one.
   */
  private static ExternalContext external() {
    return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
  }

  public Locale getLocale() {
    String requested = external().getRequestParameterMap().get("lang");
    if ("en".equals(requested) || "es".equals(requested)) {
      external().getSessionMap().put(SESSION_KEY, requested);
    }
    Object chosen = external().getSessionMap().get(SESSION_KEY);
    return "en".equals(chosen) ? Locale.ENGLISH : SPANISH;
  }
}
