package mx.gob.veracruz.cobros;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.veracruz.common.BusinessRuleException;

/** The check-digit algorithms the platform knows, by id; a bank's configuration names one. */
public final class CheckDigitAlgorithms {
  private static final Map<String, CheckDigitAlgorithm> BY_ID =
      List.of(new Luhn10(), new Iso7064Mod97()).stream()
          .collect(Collectors.toUnmodifiableMap(CheckDigitAlgorithm::id, Function.identity()));

  private CheckDigitAlgorithms() {}

  public static CheckDigitAlgorithm byId(String id) {
    CheckDigitAlgorithm a = BY_ID.get(id);
    if (a == null) {
      throw new BusinessRuleException(
          "algoritmo-desconocido",
          "algoritmo",
          "No existe el algoritmo de dígito verificador "
              + id
              + "; disponibles: "
              + BY_ID.keySet());
    }
    return a;
  }
}
