package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * Valor catastral = land area × unit land value + built area × unit construction value; annual tax
 * = valor catastral × rate al millar, never below the minimum in UMA (DOMAIN.md, property tax).
 * Money is rounded half-up to cents at every line and totals add rounded lines.
 */
public final class AssessmentCalculator {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private AssessmentCalculator() {}

  public static Assessment assess(BigDecimal landArea, BigDecimal builtArea, AssessmentRules r) {
    if (landArea == null || landArea.signum() < 0 || builtArea == null || builtArea.signum() < 0) {
      throw new BusinessRuleException(
          "superficie-invalida",
          "superficie",
          "Las superficies de terreno y construcción deben ser cero o mayores");
    }
    BigDecimal land = cents(landArea.multiply(r.landUnitValue()));
    BigDecimal construction = cents(builtArea.multiply(r.constructionUnitValue()));
    BigDecimal valor = land.add(construction);
    BigDecimal computed = cents(valor.multiply(r.ratePerThousand()).divide(THOUSAND));
    BigDecimal minimum = cents(r.minimumUma().multiply(r.umaDailyValue()));
    boolean minimumApplies = computed.compareTo(minimum) < 0;
    BigDecimal tax = minimumApplies ? minimum : computed;
    String why =
        String.format(
            "Valor catastral %s (terreno %s m² × %s + construcción %s m² × %s); "
                + "impuesto %s al millar = %s%s",
            valor.toPlainString(),
            landArea.toPlainString(),
            r.landUnitValue().toPlainString(),
            builtArea.toPlainString(),
            r.constructionUnitValue().toPlainString(),
            r.ratePerThousand().toPlainString(),
            computed.toPlainString(),
            minimumApplies
                ? "; se aplica el mínimo de "
                    + r.minimumUma().toPlainString()
                    + " UMA = "
                    + minimum.toPlainString()
                : "");
    return new Assessment(r.fiscalYear(), land, construction, valor, computed, minimum, tax, why);
  }

  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
