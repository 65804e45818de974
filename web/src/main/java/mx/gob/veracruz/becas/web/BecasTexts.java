package mx.gob.veracruz.becas.web;

import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.becas.BecaRules;
import mx.gob.veracruz.becas.ConvocatoriaView;
import mx.gob.veracruz.cobros.Money;

/** A call's rules in plain Spanish, the same on the portal and in the console. */
final class BecasTexts {
  private BecasTexts() {}

  static List<String> rules(ConvocatoriaView c) {
    BecaRules r = c.rules();
    List<String> out = new ArrayList<>();
    if (r.minAge() != null || r.maxAge() != null) {
      String range =
          r.minAge() != null && r.maxAge() != null
              ? "de " + r.minAge() + " a " + r.maxAge() + " años"
              : r.minAge() != null
                  ? "al menos " + r.minAge() + " años"
                  : "hasta " + r.maxAge() + " años";
      out.add("Edad " + range + " al cierre de la convocatoria (se toma de la CURP).");
    }
    out.add(
        "Estudiar "
            + String.join(", ", r.levels().stream().map(BecaRules.LEVELS::get).toList())
                .toLowerCase()
            + ".");
    if (r.minAverage() != null) {
      out.add(
          "Promedio mínimo de " + r.minAverage().setScale(1, java.math.RoundingMode.HALF_UP) + ".");
    }
    if (r.maxIncomePerPerson() != null) {
      out.add(
          "Ingreso mensual del hogar de hasta "
              + Money.format(r.maxIncomePerPerson())
              + " por persona.");
    }
    if (r.residentOnly()) {
      out.add("Vivir en el municipio de Veracruz.");
    }
    out.add("Una sola solicitud por estudiante (por CURP) en el ciclo " + c.cycle() + ".");
    return out;
  }

  static List<String> criteria(ConvocatoriaView c) {
    return c.rules().criteria().stream()
        .map(x -> x.weight() + " %: " + BecaRules.CRITERIA.getOrDefault(x.key(), x.key()))
        .toList();
  }
}
