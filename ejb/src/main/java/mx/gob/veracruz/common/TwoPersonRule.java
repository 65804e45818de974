package mx.gob.veracruz.common;

import java.util.Objects;

/**
 * The four-eyes rule every sensitive change shares (a receipt's cancellation, an exception's
 * resolution; later PAVG referrals, trámite resolutions, scholarship payments): one person asks
 * with a written reason, another decides. Domains keep their own request records; the rule, its
 * error codes and its wording live here, once.
 */
public final class TwoPersonRule {
  /** The shortest reason a request or a decision may give. */
  public static final int MIN_REASON = 10;

  private TwoPersonRule() {}

  /** The reason, trimmed; refused (field {@code field}) when shorter than {@link #MIN_REASON}. */
  public static String reason(String text, String field) {
    if (text == null || text.trim().length() < MIN_REASON) {
      throw new BusinessRuleException(
          "motivo-requerido", field, "Explique el motivo (al menos " + MIN_REASON + " caracteres)");
    }
    return text.trim();
  }

  /** The decider is not the requester: nobody approves a request of their own. */
  public static void checkDecider(String requestedBy, String decider) {
    if (requestedBy == null || Objects.equals(requestedBy, decider)) {
      throw new BusinessRuleException(
          "ajuste-mismo-usuario",
          null,
          "Quien solicita no puede aprobar su propia solicitud: debe decidir otra persona");
    }
  }
}
