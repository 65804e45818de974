package mx.gob.veracruz.pavg;

import java.util.List;
import java.util.Set;
import mx.gob.veracruz.pavg.PavgCodes.RiskLevel;

/**
 * The risk checklist and its computed level, modelled on the lethality assessments used in
 * gender-violence work (Campbell's Danger Assessment and the Mexican "cédula de riesgo"): each
 * "yes" adds its weight; a critical factor (weapon, threat to kill, strangulation) makes the level
 * at least ALTO whatever the score. Weights and cut-offs are the demo's; the institute must
 * validate them (verify).
 */
public final class RiskAssessment {
  /**
   * A question: its code (labels {@code pavg.riesgo.<code>}), weight and whether it is critical.
   */
  public record Item(String code, int weight, boolean critical) {}

  public static final List<Item> ITEMS =
      List.of(
          new Item("ARMA", 4, true),
          new Item("AMENAZA_MUERTE", 4, true),
          new Item("ESTRANGULAMIENTO", 4, true),
          new Item("AUMENTO_FRECUENCIA", 2, false),
          new Item("SEPARACION_RECIENTE", 2, false),
          new Item("CELOS_CONTROL", 1, false),
          new Item("EMBARAZO", 2, false),
          new Item("HIJAS_HIJOS_EN_RIESGO", 2, false),
          new Item("ALCOHOL_DROGAS", 1, false),
          new Item("VIOLENCIA_SEXUAL", 2, false),
          new Item("AISLAMIENTO", 1, false),
          new Item("DENUNCIAS_PREVIAS", 1, false));

  public static final int MEDIO_FROM = 3;
  public static final int ALTO_FROM = 7;
  public static final int EXTREMO_FROM = 12;

  private RiskAssessment() {}

  public static List<String> codes() {
    return ITEMS.stream().map(Item::code).toList();
  }

  public static int score(Set<String> yes) {
    return ITEMS.stream().filter(i -> yes.contains(i.code())).mapToInt(Item::weight).sum();
  }

  public static RiskLevel level(Set<String> yes) {
    int score = score(yes);
    long critical = ITEMS.stream().filter(i -> i.critical() && yes.contains(i.code())).count();
    RiskLevel byScore =
        score >= EXTREMO_FROM
            ? RiskLevel.EXTREMO
            : score >= ALTO_FROM
                ? RiskLevel.ALTO
                : score >= MEDIO_FROM ? RiskLevel.MEDIO : RiskLevel.BAJO;
    if (critical >= 2) {
      return RiskLevel.EXTREMO;
    }
    if (critical == 1 && byScore.ordinal() < RiskLevel.ALTO.ordinal()) {
      return RiskLevel.ALTO;
    }
    return byScore;
  }
}
