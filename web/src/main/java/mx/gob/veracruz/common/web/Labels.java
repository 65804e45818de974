package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.MissingResourceException;

/**
 * Spanish labels of stored codes (outcomes, states, channels): {@code #{labels.of('prefix.',
 * code)}}.
 */
@Named
@ApplicationScoped
public class Labels {

  public String of(String prefix, Object code) {
    return label(prefix, code);
  }

  /** The bundle's label for {@code prefix + code}; the code itself if no label exists yet. */
  public static String label(String prefix, Object code) {
    if (code == null) {
      return "";
    }
    try {
      return Messages.text(prefix + code);
    } catch (MissingResourceException e) {
      return String.valueOf(code);
    }
  }
}
