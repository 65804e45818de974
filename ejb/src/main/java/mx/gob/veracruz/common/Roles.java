package mx.gob.veracruz.common;

import java.util.List;

/** Staff roles. Module roles are added here as modules arrive; names match web.xml and the DB. */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String CAPTURISTA = "CAPTURISTA";
  public static final String FINANZAS = "FINANZAS";
  public static final String ATENCION = "ATENCION";
  public static final String AUDITOR = "AUDITOR";

  /**
   * PAVG (gender-violence cases): a specialist opens only the cases assigned to her; a supervisor
   * assigns, keeps the on-duty roster and opens a case only with a recorded reason. No other role,
   * not even ADMIN or AUDITOR, reads case content.
   */
  public static final String PAVG_ESPECIALISTA = "PAVG_ESPECIALISTA";

  public static final String PAVG_SUPERVISOR = "PAVG_SUPERVISOR";

  /**
   * A signed-in citizen (portal session or the app's token); never a staff role, never in {@link
   * #ALL}.
   */
  public static final String CIUDADANO = "CIUDADANO";

  public static final List<String> ALL =
      List.of(
          ADMIN,
          SUPERVISOR,
          CAPTURISTA,
          FINANZAS,
          ATENCION,
          AUDITOR,
          PAVG_ESPECIALISTA,
          PAVG_SUPERVISOR);

  private Roles() {}
}
