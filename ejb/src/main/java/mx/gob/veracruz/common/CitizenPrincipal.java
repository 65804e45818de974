package mx.gob.veracruz.common;

/**
 * The caller name of a signed-in citizen: {@code cuenta:<id>} (staff usernames never have a colon),
 * for modules that record which account filed something.
 */
public final class CitizenPrincipal {
  public static final String PREFIX = "cuenta:";

  private CitizenPrincipal() {}

  /** The account id of a citizen caller name, or null for anyone else. */
  public static Long accountId(String callerName) {
    if (callerName == null || !callerName.matches("cuenta:[0-9]{1,18}")) {
      return null;
    }
    return Long.valueOf(callerName.substring(PREFIX.length()));
  }
}
