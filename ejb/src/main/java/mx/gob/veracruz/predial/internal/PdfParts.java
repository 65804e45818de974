package mx.gob.veracruz.predial.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import mx.gob.veracruz.cobros.DocumentLine;
import mx.gob.veracruz.cobros.QrCode;
import mx.gob.veracruz.common.CityClock;

/** Shared look of the predial documents: texts, fonts, money and dates, header and tables. */
final class PdfParts {

  static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  static final ZoneId MEXICO_CITY = CityClock.ZONE;
  static final Color GREY = new Color(0x55, 0x55, 0x55);
  static final Color RULE = new Color(0xBB, 0xBB, 0xBB);

  private static final ResourceBundle TEXT =
      ResourceBundle.getBundle("mx.gob.veracruz.predial.internal.documents", ES_MX);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm 'h'", ES_MX);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX);
  // the standard 14 fonts are not embedded; Cp1252 (WinAnsi) carries á é í ó ú ü ñ and the em dash
  private static final BaseFont REGULAR = standardFont(BaseFont.HELVETICA);
  private static final BaseFont BOLD = standardFont(BaseFont.HELVETICA_BOLD);

  private PdfParts() {}

  static String text(String key, Object... args) {
    String pattern = TEXT.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, ES_MX).format(args);
  }

  static Font font(float size) {
    return new Font(REGULAR, size);
  }

  static Font bold(float size) {
    return new Font(BOLD, size);
  }

  static BaseFont boldBase() {
    return BOLD;
  }

  /** Mexican notation, as banks and SAT print it: $1,520.00 and -$304.00. */
  static String money(BigDecimal amount) {
    return mx.gob.veracruz.cobros.Money.format(amount);
  }

  static String dateTime(ZonedDateTime when) {
    return DATE_TIME.format(when.withZoneSameInstant(MEXICO_CITY));
  }

  static String date(LocalDate day) {
    return DATE.format(day);
  }

  static void header(Document doc, String title) throws DocumentException {
    Paragraph issuer = new Paragraph(text("doc.issuer"), bold(15));
    issuer.setAlignment(Element.ALIGN_CENTER);
    doc.add(issuer);
    Paragraph treasury = new Paragraph(text("doc.treasury"), font(11));
    treasury.setAlignment(Element.ALIGN_CENTER);
    doc.add(treasury);
    Paragraph heading = new Paragraph(title, bold(12));
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingBefore(6);
    heading.setSpacingAfter(10);
    doc.add(heading);
  }

  /** Label / value pairs in two columns, labels grey so values stand out. */
  static PdfPTable details(String[][] rows) {
    PdfPTable table = new PdfPTable(new float[] {1.1f, 3f});
    table.setWidthPercentage(100);
    for (String[] row : rows) {
      table.addCell(plainCell(new Phrase(row[0], new Font(REGULAR, 9, Font.NORMAL, GREY))));
      table.addCell(plainCell(new Phrase(row[1], font(10))));
    }
    table.setSpacingAfter(10);
    return table;
  }

  /** Concept lines with amounts right-aligned, then the total in bold. */
  static PdfPTable lines(List<DocumentLine> lines, BigDecimal total) {
    PdfPTable table = new PdfPTable(new float[] {4f, 1.3f});
    table.setWidthPercentage(100);
    table.addCell(headCell(text("doc.concept"), Element.ALIGN_LEFT));
    table.addCell(headCell(text("doc.amount"), Element.ALIGN_RIGHT));
    for (DocumentLine line : lines) {
      table.addCell(ruledCell(new Phrase(line.concept(), font(10)), Element.ALIGN_LEFT));
      table.addCell(ruledCell(new Phrase(money(line.amount()), font(10)), Element.ALIGN_RIGHT));
    }
    table.addCell(ruledCell(new Phrase(text("doc.total"), bold(11)), Element.ALIGN_RIGHT));
    table.addCell(ruledCell(new Phrase(money(total), bold(11)), Element.ALIGN_RIGHT));
    table.setSpacingAfter(8);
    return table;
  }

  /** The QR drawn as vector squares, so it stays sharp at any print or zoom size. */
  static Image qr(PdfContentByte canvas, String text, float size) {
    return QrCode.image(canvas, text, size);
  }

  static PdfPCell plainCell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPaddingBottom(4);
    return cell;
  }

  private static PdfPCell headCell(String label, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(label, bold(10)));
    cell.setHorizontalAlignment(alignment);
    cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setPadding(5);
    return cell;
  }

  private static PdfPCell ruledCell(Phrase phrase, int alignment) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setHorizontalAlignment(alignment);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setPadding(5);
    return cell;
  }

  private static BaseFont standardFont(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}
