package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import mx.gob.veracruz.cobros.CheckDigitAlgorithms;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Referencia;
import mx.gob.veracruz.predial.model.ReferenciaStatus;

/**
 * Issues bank references. A reference is {@code <10-digit slip id><yyMMdd expiry>} plus the bank's
 * check digit(s): it names the debt and its expiry, and the amount is the statement as of the
 * expiry date (so the slip stays right until then). Issuing a new slip supersedes the old ones.
 */
@ApplicationScoped
public class SlipIssuer {
  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyMMdd");

  @Inject private PredialRepository repo;
  @Inject private StatementService statements;
  @Inject private RuleTables rules;
  @Inject private PredialSettings settings;

  public Referencia issue(Predio predio, String bankCode, LocalDate today, String issuedBy) {
    mx.gob.veracruz.cobros.Bank bank = bank(bankCode);
    LocalDate validUntil = validUntil(today);
    Statement st = statements.statement(predio, validUntil);
    if (st.total().signum() <= 0) {
      throw new BusinessRuleException(
          "sin-adeudo", null, "El predio no tiene adeudo: no hay nada que pagar");
    }
    for (Referencia old :
        repo.list(Referencia.class, "Referencia.activeByPredio", "predioId", predio.getId())) {
      old.setStatus(ReferenciaStatus.SUSTITUIDA);
    }
    Referencia r = new Referencia();
    r.setPredioId(predio.getId());
    r.setBank(bank.code());
    r.setAlgorithm(bank.algorithm());
    r.setAmount(st.total());
    r.setStatementDate(validUntil);
    r.setValidUntil(validUntil);
    r.setIssuedAt(Instant.now());
    r.setIssuedBy(issuedBy);
    r.setStatus(ReferenciaStatus.VIGENTE);
    repo.persist(r); // the table generator assigns the id here, before the insert
    String base = String.format("%010d", r.getId()) + validUntil.format(EXPIRY);
    r.setReferencia(base + CheckDigitAlgorithms.byId(bank.algorithm()).checkDigits(base));
    repo.flush();
    return r;
  }

  /**
   * The slip's last day: the configured days ahead, but never past a change of amount (end of the
   * early-payment window, end of the month when recargos grow, end of the year).
   */
  LocalDate validUntil(LocalDate today) {
    int days = rules.tariff(today.getYear()).getSlipValidityDays();
    LocalDate until = today.plusDays(days);
    LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
    if (until.isAfter(monthEnd)) {
      until = monthEnd;
    }
    LocalDate early = rules.tariff(today.getYear()).getEarlyDiscountUntil();
    if (!today.isAfter(early) && until.isAfter(early)) {
      until = early;
    }
    return until;
  }

  public mx.gob.veracruz.cobros.Bank bank(String code) {
    return settings.banks().stream()
        .filter(b -> b.code().equalsIgnoreCase(code == null ? "" : code))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "banco-desconocido",
                    "banco",
                    "Banco no válido; opciones: "
                        + settings.banks().stream()
                            .map(mx.gob.veracruz.cobros.Bank::code)
                            .toList()));
  }

  /**
   * Looks a reference up, refusing malformed ones (wrong check digit for its bank's algorithm). The
   * caller decides what an expired, superseded or paid one means; none is credited silently.
   */
  public Referencia find(String reference) {
    String ref = reference == null ? "" : reference.replaceAll("[\\s-]", "");
    if (!ref.matches("\\d{17,18}")) {
      throw new BusinessRuleException(
          "referencia-mal-formada", "referencia", "La referencia debe tener 17 o 18 dígitos");
    }
    // A typo almost never passes a check digit: say so before saying the reference is unknown.
    boolean plausible =
        settings.banks().stream()
            .anyMatch(b -> CheckDigitAlgorithms.byId(b.algorithm()).isValid(ref));
    if (!plausible) {
      throw new BusinessRuleException(
          "referencia-mal-formada", "referencia", "El dígito verificador no es válido");
    }
    Referencia r =
        repo.one(Referencia.class, "Referencia.byReferencia", "ref", ref)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "referencia-desconocida",
                        "referencia",
                        "La referencia no corresponde a ningún formato de pago emitido"));
    if (!CheckDigitAlgorithms.byId(r.getAlgorithm()).isValid(ref)) {
      throw new BusinessRuleException(
          "referencia-mal-formada", "referencia", "El dígito verificador no es válido");
    }
    return r;
  }
}
