package mx.gob.veracruz.sirc.internal;

import static mx.gob.veracruz.sirc.ReportStatus.ASIGNADO;
import static mx.gob.veracruz.sirc.ReportStatus.CERRADO;
import static mx.gob.veracruz.sirc.ReportStatus.EN_PROCESO;
import static mx.gob.veracruz.sirc.ReportStatus.RECHAZADO;
import static mx.gob.veracruz.sirc.ReportStatus.RECIBIDO;
import static mx.gob.veracruz.sirc.ReportStatus.RESUELTO;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.sirc.ReportAction;
import mx.gob.veracruz.sirc.ReportStatus;

/**
 * The one place that says which transitions a report has and who may make them. Everything else
 * (the facade, the console's buttons, the tests) asks this class.
 */
public final class ReportWorkflow {
  /** The citizen who filed the report, acting through the tracking page (not a staff role). */
  public static final String CITIZEN = "CIUDADANO";

  private static final Set<String> CLERKS = Set.of(Roles.CAPTURISTA, Roles.SUPERVISOR, Roles.ADMIN);
  private static final Set<String> SUPERVISORS = Set.of(Roles.SUPERVISOR, Roles.ADMIN);

  /** One allowed move: from a state, by an action, to a state, by any of these roles. */
  public record Transition(
      ReportStatus from, ReportAction action, ReportStatus to, Set<String> roles) {}

  public static final List<Transition> TRANSITIONS =
      List.of(
          new Transition(RECIBIDO, ReportAction.ASIGNAR, ASIGNADO, CLERKS),
          new Transition(ASIGNADO, ReportAction.ASIGNAR, ASIGNADO, CLERKS),
          new Transition(EN_PROCESO, ReportAction.ASIGNAR, EN_PROCESO, CLERKS),
          new Transition(ASIGNADO, ReportAction.INICIAR, EN_PROCESO, CLERKS),
          new Transition(ASIGNADO, ReportAction.RESOLVER, RESUELTO, CLERKS),
          new Transition(EN_PROCESO, ReportAction.RESOLVER, RESUELTO, CLERKS),
          new Transition(RECIBIDO, ReportAction.RECHAZAR, RECHAZADO, CLERKS),
          new Transition(ASIGNADO, ReportAction.RECHAZAR, RECHAZADO, CLERKS),
          new Transition(EN_PROCESO, ReportAction.RECHAZAR, RECHAZADO, CLERKS),
          new Transition(RESUELTO, ReportAction.CERRAR, CERRADO, SUPERVISORS),
          new Transition(RECHAZADO, ReportAction.CERRAR, CERRADO, SUPERVISORS),
          new Transition(
              RESUELTO,
              ReportAction.REABRIR,
              EN_PROCESO,
              Set.of(CITIZEN, Roles.SUPERVISOR, Roles.ADMIN)));

  /** Actions that must say why (the citizen reads it). */
  public static final Set<ReportAction> NEED_A_REASON =
      Set.of(ReportAction.RECHAZAR, ReportAction.RESOLVER, ReportAction.REABRIR);

  private ReportWorkflow() {}

  public static Optional<Transition> find(ReportStatus from, ReportAction action) {
    return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
  }

  /**
   * The transition, if it exists and one of the caller's roles may make it; else a clear refusal.
   */
  public static Transition check(ReportStatus from, ReportAction action, Predicate<String> inRole) {
    Transition t =
        find(from, action)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "transicion-invalida",
                        "action",
                        "Un reporte "
                            + label(from)
                            + " no admite la acción «"
                            + label(action)
                            + "»"
                            + (available(from, r -> true).isEmpty()
                                ? ""
                                : "; acciones posibles: "
                                    + String.join(
                                        ", ",
                                        available(from, r -> true).stream()
                                            .map(ReportWorkflow::label)
                                            .toList()))));
    if (t.roles().stream().noneMatch(inRole)) {
      throw new BusinessRuleException(
          "transicion-no-permitida",
          "action",
          "Su función no le permite «" + label(action) + "» un reporte " + label(from));
    }
    return t;
  }

  /** The actions a caller with these roles can take on a report in this state, in order. */
  public static List<ReportAction> available(ReportStatus from, Predicate<String> inRole) {
    return TRANSITIONS.stream()
        .filter(t -> t.from() == from && t.roles().stream().anyMatch(inRole))
        .map(Transition::action)
        .distinct()
        .toList();
  }

  static String label(ReportStatus s) {
    return switch (s) {
      case RECIBIDO -> "recibido";
      case ASIGNADO -> "asignado";
      case EN_PROCESO -> "en proceso";
      case RESUELTO -> "resuelto";
      case RECHAZADO -> "rechazado";
      case CERRADO -> "cerrado";
    };
  }

  static String label(ReportAction a) {
    return switch (a) {
      case ASIGNAR -> "asignar";
      case INICIAR -> "iniciar la atención";
      case RESOLVER -> "resolver";
      case RECHAZAR -> "rechazar";
      case CERRAR -> "cerrar";
      case REABRIR -> "reabrir";
    };
  }
}
