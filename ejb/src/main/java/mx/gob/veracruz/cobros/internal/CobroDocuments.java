package mx.gob.veracruz.cobros.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.cobros.Bank;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.cobros.PaymentSettings;
import mx.gob.veracruz.common.BusinessRuleException;

/** The slip and receipt of a charge, refused while they do not exist yet. */
@ApplicationScoped
public class CobroDocuments {
  @Inject private PaymentSettings settings;

  public byte[] slip(CobroView c) {
    if (c.referencia() == null || !"PENDIENTE".equals(c.status())) {
      throw new BusinessRuleException(
          "sin-ficha", null, "Este cobro no tiene ficha bancaria vigente");
    }
    String agreement =
        settings.banks().stream()
            .filter(b -> b.code().equals(c.bank()))
            .map(Bank::agreement)
            .findFirst()
            .orElse("");
    return CobroPdf.slip(c, agreement);
  }

  public byte[] receipt(CobroView c) {
    if (!c.paid()) {
      throw new BusinessRuleException("sin-recibo", null, "Este cobro aún no está pagado");
    }
    return CobroPdf.receipt(c, CobroPdf.verifyUrl(settings.publicUrl(), c));
  }

  public List<Bank> banks() {
    return settings.banks();
  }
}
