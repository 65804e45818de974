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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import mx.gob.veracruz.predial.ReconciliationReportRow;
import mx.gob.veracruz.predial.model.LineOutcome;

// Why its own bean: the treasury's daily report is an aggregate and a document, not line handling.
/**
 * A date's totals per bank and outcome (the treasury's check against bank statements), and its PDF.
 */
@ApplicationScoped
public class ReconciliationReport {
  @Inject private ReconciliationRepository reconciliations;

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
}
