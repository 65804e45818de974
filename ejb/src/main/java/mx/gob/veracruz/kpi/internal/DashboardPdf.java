package mx.gob.veracruz.kpi.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import mx.gob.veracruz.kpi.DashboardDocument;

/**
 * A dashboard on A4 paper: the headline figures, then one table per chart with a bar drawn in each
 * row (its share of the largest value), so the printout reads like the screen without a browser.
 */
public final class DashboardPdf {
  private static final Color INK = new Color(0x1f, 0x4e, 0x79);
  private static final Color GREY = new Color(0x55, 0x55, 0x55);
  private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
  private static final Color HEAD = new Color(0xEE, 0xF2, 0xF7);
  private static final BaseFont REGULAR = font(BaseFont.HELVETICA);
  private static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);

  private DashboardPdf() {}

  private static BaseFont font(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] render(DashboardDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(d.title());
      doc.addCreator("Ciudad Digital");
      doc.open();
      Paragraph issuer =
          new Paragraph("H. Ayuntamiento de Veracruz · Ciudad Digital", new Font(BOLD, 13));
      issuer.setAlignment(Element.ALIGN_CENTER);
      doc.add(issuer);
      Paragraph title = new Paragraph(d.title(), new Font(BOLD, 12, Font.NORMAL, INK));
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingBefore(4);
      doc.add(title);
      Paragraph period =
          new Paragraph(d.period() + " · " + d.computed(), new Font(REGULAR, 9, Font.NORMAL, GREY));
      period.setAlignment(Element.ALIGN_CENTER);
      period.setSpacingAfter(10);
      doc.add(period);
      if (!d.headlines().isEmpty()) {
        PdfPTable cards = new PdfPTable(new float[] {3f, 1.6f, 1.6f, 1f, 1.6f});
        cards.setWidthPercentage(100);
        for (String h :
            new String[] {
              "Indicador", "Periodo", "Mismo periodo del año anterior", "Cambio", "Meta"
            }) {
          cards.addCell(head(h));
        }
        for (DashboardDocument.Line l : d.headlines()) {
          cards.addCell(cell(l.label(), Element.ALIGN_LEFT, true));
          cards.addCell(cell(l.value(), Element.ALIGN_RIGHT, true));
          cards.addCell(cell(l.previous(), Element.ALIGN_RIGHT, false));
          cards.addCell(cell(l.change(), Element.ALIGN_RIGHT, false));
          cards.addCell(cell(l.target(), Element.ALIGN_LEFT, false));
        }
        cards.setSpacingAfter(12);
        doc.add(cards);
      }
      for (DashboardDocument.Section s : d.sections()) {
        Paragraph h = new Paragraph(s.title(), new Font(BOLD, 10.5f, Font.NORMAL, INK));
        h.setSpacingBefore(6);
        h.setSpacingAfter(4);
        doc.add(h);
        boolean previous = s.previousHeader() != null && !s.previousHeader().isBlank();
        PdfPTable t =
            previous
                ? new PdfPTable(new float[] {2.6f, 1.4f, 1.4f, 0.9f, 2.2f})
                : new PdfPTable(new float[] {3f, 1.5f, 2.6f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.addCell(head(""));
        t.addCell(head(s.valueHeader()));
        if (previous) {
          t.addCell(head(s.previousHeader()));
          t.addCell(head("Cambio"));
        }
        t.addCell(head(""));
        if (s.lines().isEmpty()) {
          PdfPCell none = cell("Sin datos en el periodo", Element.ALIGN_LEFT, false);
          none.setColspan(previous ? 5 : 3);
          t.addCell(none);
        }
        for (DashboardDocument.Line l : s.lines()) {
          t.addCell(cell(l.label(), Element.ALIGN_LEFT, false));
          t.addCell(cell(l.value(), Element.ALIGN_RIGHT, false));
          if (previous) {
            t.addCell(cell(l.previous(), Element.ALIGN_RIGHT, false));
            t.addCell(cell(l.change(), Element.ALIGN_RIGHT, false));
          }
          t.addCell(bar(l.share()));
        }
        t.setSpacingAfter(8);
        doc.add(t);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("No se pudo generar el PDF del tablero", e);
    }
    return out.toByteArray();
  }

  private static PdfPCell head(String text) {
    PdfPCell c = new PdfPCell(new Phrase(text, new Font(BOLD, 8.5f)));
    c.setBackgroundColor(HEAD);
    c.setBorderColor(RULE);
    c.setPadding(3);
    return c;
  }

  private static PdfPCell cell(String text, int align, boolean bold) {
    PdfPCell c =
        new PdfPCell(new Phrase(text == null ? "" : text, new Font(bold ? BOLD : REGULAR, 8.5f)));
    c.setHorizontalAlignment(align);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(RULE);
    c.setPadding(3);
    return c;
  }

  /** A horizontal bar: a two-column table whose first column is the share. */
  private static PdfPCell bar(double share) {
    double s = Math.max(0, Math.min(1, share));
    PdfPCell holder = new PdfPCell();
    holder.setBorder(Rectangle.BOTTOM);
    holder.setBorderColor(RULE);
    holder.setPadding(3);
    if (s <= 0.001) {
      return holder;
    }
    PdfPTable b =
        new PdfPTable(s >= 0.999 ? new float[] {1f} : new float[] {(float) s, (float) (1 - s)});
    b.setWidthPercentage(100);
    PdfPCell fill = new PdfPCell(new Phrase(" ", new Font(REGULAR, 5)));
    fill.setBackgroundColor(INK);
    fill.setBorder(Rectangle.NO_BORDER);
    fill.setFixedHeight(7);
    b.addCell(fill);
    if (s < 0.999) {
      PdfPCell rest = new PdfPCell(new Phrase(" ", new Font(REGULAR, 5)));
      rest.setBorder(Rectangle.NO_BORDER);
      rest.setFixedHeight(7);
      b.addCell(rest);
    }
    holder.addElement(b);
    return holder;
  }
}
