package mx.gob.veracruz.cobros;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import mx.gob.veracruz.cobros.internal.CobroDocuments;
import mx.gob.veracruz.cobros.internal.Cobros;
import mx.gob.veracruz.cobros.internal.CobrosRepository;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * Charges for the modules that issue them (trámites, becas, predial's reconciliation and gateway
 * events). Not for pages or the API (the web module may not reach a *BatchFacade): each module's
 * own facade checks who its caller is and that the charge is theirs, then calls here.
 */
@Stateless
@PermitAll
public class CobrosBatchFacade {
  @Inject private Cobros cobros;
  @Inject private CobrosRepository repo;
  @Inject private CobroDocuments documents;

  public CobroView issue(CobroCommand command) {
    return cobros.view(cobros.issue(command));
  }

  public CobroView find(String folio) {
    return cobros.view(
        repo.byFolio(folio)
            .orElseThrow(
                () ->
                    new BusinessRuleException("cobro-no-encontrado", null, "No existe ese cobro")));
  }

  public List<CobroView> bySubject(String module, String subject) {
    return repo.bySubject(module, subject).stream().map(cobros::view).toList();
  }

  /** The bank slip (reference fixed at the first slip). */
  public CobroView slip(String folio, String bankCode) {
    return cobros.view(cobros.slip(folio, bankCode));
  }

  public byte[] slipPdf(String folio) {
    return documents.slip(find(folio));
  }

  public byte[] receiptPdf(String folio) {
    return documents.receipt(find(folio));
  }

  /** The gateway's checkout address for a card payment of the charge. */
  public String startCard(String folio, String returnUrl) {
    return cobros.startCard(folio, returnUrl).getCheckoutUrl();
  }

  public void cancel(String folio, String reason) {
    cobros.cancel(folio, reason);
  }

  /** The CFDI 4.0 of a paid charge (stamped once; the same XML again afterwards). */
  public String cfdi(String folio, CfdiCommand command) {
    return cobros.cfdi(folio, command);
  }

  /** What the counter took for other modules in a cash session: {count, cash}. */
  public CashTotals cashTotals(long sessionId) {
    Object[] t = repo.sessionTotals(sessionId);
    long n = t[0] == null ? 0 : ((Number) t[0]).longValue();
    java.math.BigDecimal sum =
        t[1] == null ? java.math.BigDecimal.ZERO.setScale(2) : (java.math.BigDecimal) t[1];
    return new CashTotals(n, sum);
  }

  /** The count and sum of a cash session's cobros. */
  public record CashTotals(long count, java.math.BigDecimal cash) {}

  public List<Bank> banks() {
    return documents.banks();
  }

  public List<ConceptView> concepts() {
    return repo.activeConcepts().stream()
        .map(
            c ->
                new ConceptView(
                    c.getCode(),
                    c.getName(),
                    c.getClaveProdServ(),
                    c.getClaveUnidad(),
                    c.getLeyIngresos()))
        .toList();
  }

  /**
   * Which of these bank references are cobros' slips: the reconciliation asks once per chunk, and
   * calls {@link #bankLine} only for those.
   */
  public java.util.Set<String> slipReferences(java.util.List<String> refs) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i < refs.size(); i += 1000) {
      out.addAll(repo.referenciasIn(refs.subList(i, Math.min(refs.size(), i + 1000))));
    }
    return out;
  }

  /** A signed gateway event for a cobro's charge: {status, detail}, or null when not a cobro's. */
  public String[] gatewayEvent(
      String type,
      String chargeId,
      BigDecimal amount,
      String currency,
      String authorization,
      Instant paidAt) {
    return cobros.gatewayEvent(type, chargeId, amount, currency, authorization, paidAt);
  }

  /**
   * A gateway report line; null when the charge is not a cobro's. Its own transaction: a failure
   * here never rolls back the predial lines of the chunk, and a chunk restarted after this commit
   * finds the same key and the same outcome.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public BankLineResult gatewayLine(
      String chargeId, BigDecimal amount, String authorization, Instant paidAt) {
    return cobros.gatewayLine(chargeId, amount, authorization, paidAt);
  }

  /**
   * A bank file line; null when the reference is not a cobro's slip. Its own transaction, as above.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public BankLineResult bankLine(
      String reference, String bank, BigDecimal amount, Instant paidAt, String authorization) {
    return cobros.bankLine(reference, bank, amount, paidAt, authorization);
  }
}
