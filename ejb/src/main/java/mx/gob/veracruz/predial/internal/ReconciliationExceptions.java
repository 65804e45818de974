package mx.gob.veracruz.predial.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.MatchSuggestion;
import mx.gob.veracruz.predial.ReconciliationLine;
import mx.gob.veracruz.predial.ReconciliationReportRow;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.ArchivoStatus;
import mx.gob.veracruz.predial.model.LineOutcome;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.Referencia;
import mx.gob.veracruz.predial.model.ResolutionAction;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The finance office's side of the reconciliation: lines, exceptions and their resolution, report.
 */
@ApplicationScoped
public class ReconciliationExceptions {
  /**
   * Outcomes that need a person: money received but not (fully) applied, or a line not understood.
   */
  static final List<LineOutcome> EXCEPTIONS =
      java.util.Arrays.stream(LineOutcome.values()).filter(LineOutcome::isException).toList();

  @Inject private PredialRepository repo;
  @Inject private ReconciliationRepository reconciliations;
  @Inject private PaymentPosting posting;

  public List<ReconciliationLine> lines(
      LocalDate date, Long archivoId, String outcome, boolean openOnly, int first, int size) {
    return reconciliations
        .linesWithFile(filter(date, archivoId, outcome, openOnly), first, Math.min(size, 500))
        .stream()
        .map(r -> view((ArchivoLinea) r[0], (Archivo) r[1]))
        .toList();
  }

  /**
   * Slips an exception line may have meant, best first: the slip of its own reference (expired,
   * superseded, paid), slips for the same amount valid around the payment date, and slips whose
   * reference differs by at most two digits. At most five.
   */
  public List<MatchSuggestion> suggestions(Long lineId) {
    ArchivoLinea l = reconciliations.line(lineId);
    if (l == null) {
      throw new BusinessRuleException("linea-no-encontrada", null, "No existe la línea " + lineId);
    }
    String ref = l.getReferencia() == null ? "" : l.getReferencia();
    java.util.Map<String, Referencia> found = new java.util.LinkedHashMap<>();
    repo.one(Referencia.class, "Referencia.byReferencia", "ref", ref)
        .ifPresent(r -> found.put(r.getReferencia(), r));
    if (l.getAmount() != null && l.getPaidAt() != null) {
      LocalDate paid = l.getPaidAt().atZone(CityClock.ZONE).toLocalDate();
      reconciliations
          .referencesForAmount(
              l.getAmount(),
              paid.minusDays(30),
              paid.plusDays(1).atStartOfDay(CityClock.ZONE).toInstant(),
              50)
          .forEach(r -> found.putIfAbsent(r.getReferencia(), r));
    }
    if (ref.length() >= 8) {
      reconciliations
          .referencesStartingWith(ref.substring(0, 6), 50)
          .forEach(r -> found.putIfAbsent(r.getReferencia(), r));
    }
    LevenshteinDistance lev = new LevenshteinDistance(6);
    List<MatchSuggestion> out = new java.util.ArrayList<>();
    for (Referencia r : found.values()) {
      int d = lev.apply(ref, r.getReferencia());
      int distance = d < 0 ? 99 : d;
      boolean sameAmount = l.getAmount() != null && l.getAmount().compareTo(r.getAmount()) == 0;
      if (distance > 2 && !sameAmount) {
        continue;
      }
      String reason =
          distance == 0
              ? "La referencia de la línea (" + r.getStatus().toLowerCase() + ")"
              : sameAmount && distance <= 2
                  ? "Mismo importe; referencia a " + distance + " dígito(s)"
                  : sameAmount
                      ? "Mismo importe, vigente cerca de la fecha de pago"
                      : "Referencia a " + distance + " dígito(s)";
      out.add(
          new MatchSuggestion(
              r.getPredioId(),
              repo.predio(r.getPredioId()).getClaveCatastral(),
              r.getReferencia(),
              r.getAmount(),
              r.getValidUntil(),
              r.getStatus(),
              distance,
              reason));
    }
    out.sort(
        java.util.Comparator.comparingInt(MatchSuggestion::distance)
            .thenComparing(m -> l.getAmount() == null || l.getAmount().compareTo(m.amount()) != 0));
    return out.size() > 5 ? List.copyOf(out.subList(0, 5)) : out;
  }

  public long count(LocalDate date, Long archivoId, String outcome, boolean openOnly) {
    return reconciliations.countLines(filter(date, archivoId, outcome, openOnly));
  }

  private static ReconciliationRepository.LineFilter filter(
      LocalDate date, Long archivoId, String outcome, boolean openOnly) {
    LineOutcome value =
        outcome == null || LineOutcome.PENDING.equals(outcome) ? null : outcomeOf(outcome);
    return new ReconciliationRepository.LineFilter(
        date, archivoId, outcome, value, openOnly, EXCEPTIONS);
  }

  public long[] progress(long jobInstanceId) {
    Object[] r = reconciliations.lineProgress(jobInstanceId);
    long declared =
        repo.list(Archivo.class, "Archivo.byJob", "job", jobInstanceId).stream()
            .filter(a -> a.getStatus() != ArchivoStatus.RECHAZADO)
            .mapToLong(Archivo::getDeclaredCount)
            .sum();
    return new long[] {
      declared,
      r[0] == null ? 0 : ((Number) r[0]).longValue(),
      r[1] == null ? 0 : ((Number) r[1]).longValue()
    };
  }

  public ReconciliationLine request(
      Long lineId, String code, Long predioId, String note, String user) {
    ArchivoLinea l = open(lineId);
    ResolutionAction action = actionOf(code);
    String why = mx.gob.veracruz.common.TwoPersonRule.reason(note, "note");
    if (action == ResolutionAction.APLICAR) {
      repo.predio(predioId);
      if (l.getAmount() == null || l.getAmount().signum() <= 0) {
        throw new BusinessRuleException(
            "importe-invalido", "action", "La línea no tiene un importe aplicable");
      }
    }
    l.setResolution(action);
    l.setResolutionNote(why);
    l.setResolutionPredioId(action == ResolutionAction.APLICAR ? predioId : null);
    l.setRequestedBy(user);
    return view(l, reconciliations.archivo(l.getArchivoId()));
  }

  public ReconciliationLine decide(Long lineId, boolean approve, String supervisor) {
    ArchivoLinea l = open(lineId);
    if (l.getResolution() == null) {
      throw new BusinessRuleException(
          "sin-solicitud", null, "No hay una solicitud pendiente para esta línea");
    }
    mx.gob.veracruz.common.TwoPersonRule.checkDecider(l.getRequestedBy(), supervisor);
    if (!approve) {
      l.setResolution(null);
      l.setRequestedBy(null);
      return view(l, reconciliations.archivo(l.getArchivoId()));
    }
    if (l.getResolution() == ResolutionAction.APLICAR) {
      Pago pago =
          posting.post(
              new PaymentPosting.PostCommand(
                  l.getResolutionPredioId(),
                  PaymentChannel.BANCO,
                  "Excepción de conciliación, línea " + l.getLineNo() + " · " + l.getReferencia(),
                  "excepcion:" + l.getId(),
                  l.getAmount(),
                  LocalDate.ofInstant(
                      l.getPaidAt() == null ? Instant.now() : l.getPaidAt(), Reconciler.BANK_TIME),
                  l.getPaidAt() == null ? Instant.now() : l.getPaidAt(),
                  null,
                  null,
                  null,
                  null));
      l.setPagoId(pago.getId()); // the allocation refuses more than the predio owes
    }
    l.setResolvedBy(supervisor);
    l.setResolvedAt(Instant.now());
    return view(l, reconciliations.archivo(l.getArchivoId()));
  }

  private static ResolutionAction actionOf(String code) {
    try {
      return ResolutionAction.valueOf(code == null ? "" : code);
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "accion-invalida", "action", "Elija aplicar, devolver o descartar");
    }
  }

  /**
   * A filter code of the console or API: an outcome's name ({@code PENDIENTE} is handled apart).
   */
  private static LineOutcome outcomeOf(String code) {
    try {
      return LineOutcome.valueOf(code);
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "resultado-invalido", "outcome", "Resultado de conciliación desconocido: " + code);
    }
  }

  private ArchivoLinea open(Long lineId) {
    ArchivoLinea l = reconciliations.line(lineId);
    if (l == null || !EXCEPTIONS.contains(l.getOutcome()) || l.getResolvedAt() != null) {
      throw new BusinessRuleException(
          "excepcion-no-encontrado", "line", "La línea no es una excepción abierta");
    }
    return l;
  }

  public List<ReconciliationReportRow> report(LocalDate date) {
    return reconciliations.totalsByBankAndOutcome(date).stream()
        .map(
            r ->
                new ReconciliationReportRow(
                    (String) r[0],
                    LineOutcome.code((LineOutcome) r[1]),
                    ((Number) r[2]).longValue(),
                    new BigDecimal(r[3].toString()).setScale(2)))
        .toList();
  }

  public byte[] reportPdf(LocalDate date) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 40, 40, 40, 40);
    PdfWriter.getInstance(doc, out);
    doc.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    Font cell = FontFactory.getFont(FontFactory.HELVETICA, 10);
    doc.add(new Paragraph("H. Ayuntamiento de Veracruz — Tesorería Municipal", title));
    doc.add(new Paragraph("Conciliación de pagos de impuesto predial del " + date, cell));
    doc.add(new Paragraph(" ", cell));
    PdfPTable t = new PdfPTable(new float[] {3, 3, 2, 3});
    t.setWidthPercentage(100);
    for (String h : List.of("Banco / canal", "Resultado", "Líneas", "Importe")) {
      t.addCell(
          new PdfPCell(new Paragraph(h, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10))));
    }
    long lines = 0;
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (ReconciliationReportRow r : report(date)) {
      t.addCell(new Paragraph(r.bank(), cell));
      t.addCell(new Paragraph(r.outcome(), cell));
      t.addCell(right(String.valueOf(r.lines()), cell));
      t.addCell(right(money(r.amount()), cell));
      lines += r.lines();
      total = total.add(r.amount());
    }
    t.addCell(new Paragraph("Total", cell));
    t.addCell(new Paragraph("", cell));
    t.addCell(right(String.valueOf(lines), cell));
    t.addCell(right(money(total), cell));
    doc.add(t);
    doc.close();
    return out.toByteArray();
  }

  private static PdfPCell right(String text, Font f) {
    PdfPCell c = new PdfPCell(new Paragraph(text, f));
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }

  private static String money(BigDecimal v) {
    return "$" + String.format(Locale.US, "%,.2f", v);
  }

  public String upload(String folder, String fileName, byte[] content) {
    String safe =
        Path.of(fileName == null ? "archivo.txt" : fileName)
            .getFileName()
            .toString()
            .replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      Path dir = Files.createDirectories(Path.of(folder));
      Path target = dir.resolve(safe);
      if (Files.exists(target)) {
        throw new BusinessRuleException(
            "archivo-existente", "file", "Ya hay un archivo con ese nombre en la bandeja");
      }
      Files.write(target, content);
      return safe;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> landed(String folder) {
    try {
      Path dir = Files.createDirectories(Path.of(folder));
      try (Stream<Path> s = Files.list(dir)) {
        return s.filter(Files::isRegularFile)
            .map(p -> p.getFileName().toString())
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReconciliationLine view(ArchivoLinea l, Archivo a) {
    return new ReconciliationLine(
        l.getId(),
        a.getId(),
        a.getFileName(),
        a.getBank(),
        l.getLineNo(),
        l.getReferencia(),
        l.getAmount(),
        l.getPaidAt(),
        l.getAuthorizationCode(),
        l.getOutcome() == null ? null : l.getOutcome().name(),
        l.getDetail(),
        l.getPredioId(),
        l.getResolution() == null ? null : l.getResolution().name(),
        l.getResolutionNote(),
        l.getRequestedBy(),
        l.getResolvedBy(),
        l.getResolvedAt(),
        l.getRawLine());
  }
}
