package mx.gob.veracruz.ciudadano;

import java.time.LocalDate;
import mx.gob.veracruz.ciudadano.model.Curp;

/** CURP validation for other domains (the value object itself stays in this domain's model). */
public final class Curps {
  private Curps() {}

  /** The normalised CURP; throws InvalidInputException-style BusinessRuleException when invalid. */
  public static String normalize(String raw) {
    return Curp.of(raw).value();
  }

  public static LocalDate birthDate(String curp) {
    return Curp.of(curp).birthDate();
  }
}
