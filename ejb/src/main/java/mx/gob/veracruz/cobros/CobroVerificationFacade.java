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
