package mx.gob.veracruz.cobros;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import mx.gob.veracruz.cobros.internal.Cobros;
import mx.gob.veracruz.cobros.internal.CobrosRepository;

/**
 * Anyone holding a receipt checks it: folio and verification code together (the code is printed
 * only on the receipt, so a folio alone, sequential, tells nothing).
 */
@Stateless
@PermitAll
public class CobroVerificationFacade {
  @Inject private CobrosRepository repo;
  @Inject private Cobros cobros;

  public ReceiptCheck verify(String receiptFolio, String code) {
    var found =
        repo.byReceipt(receiptFolio == null ? "" : receiptFolio.trim())
            .filter(
                c ->
                    c.getVerificationCode() != null
                        && code != null
                        && MessageDigest.isEqual(
                            c.getVerificationCode().getBytes(StandardCharsets.UTF_8),
                            code.trim().toLowerCase().getBytes(StandardCharsets.UTF_8)));
    if (found.isEmpty()) {
      return new ReceiptCheck(false, receiptFolio, null, null, null, null);
    }
    CobroView v = cobros.view(found.get());
    return new ReceiptCheck(
        true,
        v.receiptFolio(),
        v.conceptName() + " · " + v.description(),
        v.amount(),
        v.paidAt(),
        initials(v.payerName()));
  }

  /**
   * The portal's return page after the gateway: the charge's state by its id (a random identifier
   * the gateway gave only to this payer), without personal data.
   */
  public ChargeState chargeState(String chargeId) {
    if (chargeId == null || !chargeId.matches("[A-Za-z0-9_]{8,64}")) {
      return new ChargeState(false, null, null, null, null, null, null);
    }
    return repo.byChargeId(chargeId)
        .map(
            c ->
                new ChargeState(
                    true,
                    c.getFolio(),
                    c.getModule(),
                    c.getSubject(),
                    c.getStatus().name(),
                    c.getAmount(),
                    c.getReceiptFolio()))
        .orElse(new ChargeState(false, null, null, null, null, null, null));
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        b.append(Character.toUpperCase(w.charAt(0))).append('.');
      }
    }
    return b.toString();
  }
}
