package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.BankLine;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Referencia;

/**
 * Matches settlement lines to bank references or gateway charges and applies them. Every line
 * ends in exactly one outcome; a line that already has one is never touched again, and a payment's
 * external key (bank + reference + authorisation, or the charge id shared with the webhook) is
 * unique, so a restarted chunk can never post a payment twice.
 */
@ApplicationScoped
public class Reconciler {
  static final ZoneId BANK_TIME = ZoneId.of("America/Mexico_City");

  @Inject private PredialRepository repo;
  @Inject private PaymentPosting posting;
  @Inject private StatementService statements;
  @Inject private PredialSettings settings;
  @Inject private RuleTables rules;
  @Inject private mx.gob.veracruz.common.FolioFacade folios;

  /** State of one match() call: fiscal-year rules read once, folios reserved in one block. */
  private final class Chunk {
    private final Map<Integer, StatementRules> cache = new HashMap<>();
    private final java.util.Deque<String> folioPool = new java.util.ArrayDeque<>();
    private final int size;

    Chunk(int size) {
      this.size = size;
    }

    StatementRules rules(int year) {
      return cache.computeIfAbsent(year, rules::statementRules);
    }

    /** One short transaction per chunk for folios, not one per payment (unused ones are skipped). */
    String nextFolio() {
      if (folioPool.isEmpty()) {
        folioPool.addAll(folios.reserve("PRED", Math.max(1, size)));
      }
      return folioPool.poll();
    }

    Pago post(PaymentPosting.PostCommand c) {
      return posting.post(c, this::nextFolio, this::rules);
    }
  }

  /** Parses and stores a chunk of raw lines (headers and trailers skipped); malformed ones get their outcome at once. */
  public void insert(List<BankLine> raw) {
    Map<Long, BankFileLayout> layouts = new HashMap<>();
    for (BankLine r : raw) {
      BankFileLayout layout = layouts.computeIfAbsent(r.archivoId(), id -> {
        String l = repo.em().find(Archivo.class, id).getLayout();
        return "GATEWAY-CSV".equals(l) ? new GatewayReportLayout() : BankFileLayouts.byId(l);
      });
      String line = r.raw();
      if (layout.isHeader(line) || layout.isTrailer(line)) {
        continue;
      }
      BankFileLayout.Detail d = layout.detail(line);
      BankLine b = new BankLine(r.archivoId(), r.lineNo(), line, d.reference(), d.amount(), d.paidAt(), d.channel(),
          d.authorization(), d.problem());
      ArchivoLinea l = new ArchivoLinea();
      l.setArchivoId(b.archivoId());
      l.setLineNo(b.lineNo());
      l.setRawLine(b.raw() == null ? null : b.raw().substring(0, Math.min(200, b.raw().length())));
      l.setReferencia(b.reference() == null ? null : b.reference().substring(0, Math.min(40, b.reference().length())));
      l.setAmount(b.amount());
      l.setPaidAt(b.paidAt() == null ? null : b.paidAt().atZone(BANK_TIME).toInstant());
      l.setChannel(b.channel());
      l.setAuthorizationCode(b.authorization());
      if (b.problem() != null) {
        l.setOutcome("MAL_FORMADA");
        l.setDetail(cut(b.problem()));
      }
      repo.persist(l);
    }
  }

  /** Keyset page of line ids still without outcome in the files of one job instance. */
  public List<Long> pending(long jobInstanceId, long afterId, int limit) {
    return repo.em().createQuery("select l.id from ArchivoLinea l, Archivo a where l.archivoId = a.id"
            + " and a.jobExecutionId = :job and a.status = 'VALIDADO' and l.outcome is null and l.id > :after"
            + " order by l.id", Long.class)
        .setParameter("job", jobInstanceId).setParameter("after", afterId).setMaxResults(limit).getResultList();
  }

  public Map<String, Long> match(List<Long> lineIds) {
    Chunk chunk = new Chunk(lineIds.size());
    Map<Long, Archivo> files = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    for (Long id : lineIds) {
      ArchivoLinea l = repo.em().find(ArchivoLinea.class, id);
      if (l == null || l.getOutcome() != null) {
        continue;
      }
      Archivo a = files.computeIfAbsent(l.getArchivoId(), k -> repo.em().find(Archivo.class, k));
      if ("GATEWAY-CSV".equals(a.getLayout())) {
        gateway(l, chunk);
      } else {
        bank(l, a, chunk);
      }
      counts.merge(l.getOutcome(), 1L, Long::sum);
      // Write this line's changes now and forget them: EclipseLink compares every managed entity at
      // each flush, so a persistence context that grows through the chunk makes it quadratic.
      repo.flush();
      repo.em().clear();
    }
    return counts;
  }

  private void bank(ArchivoLinea l, Archivo a, Chunk chunk) {
    String ref = l.getReferencia() == null ? "" : l.getReferencia();
    String algorithm = settings.banks().stream().filter(b -> b.code().equalsIgnoreCase(a.getBank()))
        .map(PredialSettings.Bank::algorithm).findFirst().orElse(null);
    if (!ref.matches("\\d{17,18}") || l.getAmount() == null || l.getAmount().signum() <= 0
        || algorithm != null && !CheckDigitAlgorithms.byId(algorithm).isValid(ref)) {
      outcome(l, "MAL_FORMADA", "Referencia o importe con formato inválido para " + a.getBank());
      return;
    }
    Referencia r = repo.one(Referencia.class, "Referencia.byReferencia", "ref", ref).orElse(null);
    if (r == null) {
      outcome(l, "DESCONOCIDA", "La referencia no corresponde a ningún formato emitido");
      return;
    }
    l.setPredioId(r.getPredioId());
    String key = "banco:" + a.getBank() + ":" + ref + ":" + l.getAuthorizationCode();
    if (repo.one(Pago.class, "Pago.byExternalKey", "key", key).isPresent() || "PAGADA".equals(r.getStatus())) {
      outcome(l, "DUPLICADO", "La referencia ya fue pagada" + (r.getPagoId() == null ? "" : " (pago " + r.getPagoId() + ")"));
      return;
    }
    LocalDateTime paid = LocalDateTime.ofInstant(l.getPaidAt(), BANK_TIME);
    if ("SUSTITUIDA".equals(r.getStatus()) || paid.toLocalDate().isAfter(r.getValidUntil())) {
      outcome(l, "VENCIDA", "SUSTITUIDA".equals(r.getStatus()) ? "Referencia sustituida por un formato posterior"
          : "Pagada el " + paid.toLocalDate() + ", vigente hasta el " + r.getValidUntil());
      return;
    }
    BigDecimal amount = l.getAmount();
    int cmp = amount.compareTo(r.getAmount());
    BigDecimal toPost = cmp > 0 ? r.getAmount() : amount;
    Predio p = repo.predio(r.getPredioId());
    Statement st = statements.statement(p, r.getStatementDate(), chunk::rules);
    if (st.total().compareTo(toPost) < 0) {
      toPost = st.total();
    }
    if (toPost.signum() <= 0) {
      outcome(l, "SOBREPAGO", "El predio ya no tenía adeudo: " + amount + " por devolver");
      return;
    }
    try {
      Pago pago = chunk.post(new PaymentPosting.PostCommand(p.getId(), "BANCO", a.getBank() + " · referencia " + ref
          + " · autorización " + l.getAuthorizationCode(), key, toPost, r.getStatementDate(), l.getPaidAt(), null,
          null, null, null));
      l.setPagoId(pago.getId());
      if (cmp >= 0 && toPost.compareTo(r.getAmount()) == 0) {
        r.setStatus("PAGADA");
        r.setPagoId(pago.getId());
      }
      BigDecimal excess = amount.subtract(toPost);
      if (excess.signum() > 0) {
        outcome(l, "SOBREPAGO", "Aplicado " + toPost + "; excedente " + excess + " por devolver (pago " + pago.getFolio() + ")");
      } else if (cmp < 0) {
        outcome(l, "PARCIAL", "Pago parcial de " + amount + " sobre " + r.getAmount() + " (pago " + pago.getFolio() + ")");
      } else {
        outcome(l, "APLICADO", "Pago " + pago.getFolio());
      }
    } catch (BusinessRuleException e) {
      outcome(l, "SOBREPAGO", "No aplicable: " + e.getMessage());
    }
  }

  /** A gateway report line: confirm what the webhook applied; apply what the webhook never brought. */
  private void gateway(ArchivoLinea l, Chunk chunk) {
    Cargo c = repo.one(Cargo.class, "Cargo.byChargeId", "chargeId", l.getReferencia() == null ? "" : l.getReferencia())
        .orElse(null);
    if (c == null) {
      outcome(l, "DESCONOCIDA", "El cargo no es nuestro");
      return;
    }
    l.setPredioId(c.getPredioId());
    if (l.getAmount() == null || l.getAmount().compareTo(c.getAmount()) != 0) {
      outcome(l, "DESCONOCIDA", "Importe " + l.getAmount() + " distinto del cargo " + c.getAmount());
      return;
    }
    if ("PAGADO".equals(c.getStatus())) {
      l.setPagoId(c.getPagoId());
      outcome(l, "CONFIRMADO", "Aplicado antes por el aviso de la pasarela");
      return;
    }
    try {
      Pago pago = chunk.post(new PaymentPosting.PostCommand(c.getPredioId(), "EN_LINEA", "Autorización "
          + l.getAuthorizationCode() + " · cargo " + c.getChargeId() + " (conciliación)", "pasarela:" + c.getChargeId(),
          c.getAmount(), c.getStatementDate(), l.getPaidAt(), c.getPayerName(), null, null, null));
      c.setStatus("PAGADO");
      c.setCompletedAt(java.time.Instant.now());
      c.setPagoId(pago.getId());
      l.setPagoId(pago.getId());
      outcome(l, "APLICADO", "Sin aviso de la pasarela: aplicado por la conciliación (pago " + pago.getFolio() + ")");
    } catch (BusinessRuleException e) {
      outcome(l, "SOBREPAGO", "No aplicable: " + e.getMessage());
    }
  }

  private static void outcome(ArchivoLinea l, String outcome, String detail) {
    l.setOutcome(outcome);
    l.setDetail(cut(detail));
  }

  private static String cut(String s) {
    return s == null || s.length() <= 300 ? s : s.substring(0, 300);
  }
}
