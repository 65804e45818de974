package mx.gob.veracruz.predial.internal;

import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;

/** The settlement-file layouts the platform reads, by id; a bank's configuration names one. */
public final class BankFileLayouts {
  private static final List<BankFileLayout> ALL = List.of(new FixedWidthLayout(), new CsvLayout());

  private BankFileLayouts() {}

  public static BankFileLayout byId(String id) {
    return ALL.stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "layout-desconocido", "layout", "Formato de archivo desconocido: " + id));
  }

  /** Guesses the layout from the first line (a CSV header starts with "H,"). */
  public static BankFileLayout sniff(String firstLine) {
    return firstLine != null && firstLine.startsWith("H,") ? byId("CSV") : byId("FIXED-80");
  }
}
