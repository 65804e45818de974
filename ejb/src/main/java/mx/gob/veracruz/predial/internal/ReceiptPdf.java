package mx.gob.veracruz.predial.internal;

import static mx.gob.veracruz.predial.internal.PdfParts.bold;
import static mx.gob.veracruz.predial.internal.PdfParts.font;
import static mx.gob.veracruz.predial.internal.PdfParts.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Objects;
import mx.gob.veracruz.cobros.SpanishAmount;

/** The official predial receipt: one letter-size page with a QR to the public verification page. */
public final class ReceiptPdf {

  /** SAT's generic RFC for the public at large; also printed when the payer gave none. */
  static final String PUBLIC_RFC = "XAXX010101000";

  private static final float QR_SIZE = 96;

  private ReceiptPdf() {}

  public static byte[] render(ReceiptDocument d) {
    requireComplete(d);
    Document doc = new Document(PageSize.LETTER, 50, 50, 40, 40);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      if (d.cancelled()) {
        writer.setPageEvent(new CancelledWatermark());
      }
      doc.addTitle(text("receipt.title") + " " + d.folio());
      doc.addAuthor(text("doc.issuer"));
      doc.open();
      PdfParts.header(doc, text("receipt.title"));
      doc.add(PdfParts.details(detailRows(d)));
      doc.add(PdfParts.lines(d.lines(), d.total()));
      doc.add(amountInWords(d.total()));
      if (d.balanceAfter() != null && d.balanceAfter().signum() > 0) {
        // A partial payment: the citizen sees at once that the predio is not paid up.
        Paragraph left =
            new Paragraph(
                java.text.MessageFormat.format(
                    text("receipt.balance"),
                    PdfParts.money(d.balanceAfter()),
                    d.statementDate() == null
                        ? ""
                        : d.statementDate()
                            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                bold(10));
        left.setSpacingAfter(10);
        doc.add(left);
      }
      doc.add(verification(writer.getDirectContent(), d.verificationUrl()));
      Paragraph footer = new Paragraph(text("receipt.footer"), font(8));
      footer.setSpacingBefore(14);
      doc.add(footer);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("No se pudo generar el recibo " + d.folio(), e);
    }
    return out.toByteArray();
  }

  private static String[][] detailRows(ReceiptDocument d) {
    String channel =
        isBlank(d.channelDetail()) ? d.channel() : d.channel() + " — " + d.channelDetail();
    return new String[][] {
      {text("receipt.folio"), d.folio()},
      {text("receipt.paidAt"), PdfParts.dateTime(d.paidAt())},
      {text("doc.claveCatastral"), d.claveCatastral()},
      {text("receipt.location"), d.address()},
      {text("receipt.payer"), isBlank(d.payerName()) ? text("receipt.publicName") : d.payerName()},
      {text("receipt.rfc"), isPublic(d.payerRfc()) ? text("receipt.publicRfc") : d.payerRfc()},
      {text("receipt.channel"), channel}
    };
  }

  private static Paragraph amountInWords(BigDecimal total) {
    Paragraph words = new Paragraph();
    words.add(new Phrase(text("receipt.inWords") + ": ", font(9)));
    words.add(new Phrase(SpanishAmount.inWords(total), bold(10)));
    words.setSpacingAfter(12);
    return words;
  }

  /** The QR beside its explanation, and the URL in full under both for those without a phone. */
  private static PdfPTable verification(PdfContentByte canvas, String url) {
    PdfPTable table = new PdfPTable(new float[] {QR_SIZE + 8, 400});
    table.setWidthPercentage(100);
    PdfPCell qrCell = new PdfPCell(PdfParts.qr(canvas, url, QR_SIZE), false);
    qrCell.setBorder(Rectangle.NO_BORDER);
    table.addCell(qrCell);
    PdfPCell explanation = PdfParts.plainCell(new Phrase(text("receipt.verify"), font(9)));
    explanation.setVerticalAlignment(Element.ALIGN_MIDDLE);
    table.addCell(explanation);
    // The code is also the portal's second factor ("código de verificación"): print it readably.
    String code = url.contains("c=") ? url.substring(url.lastIndexOf("c=") + 2) : "";
    PdfPCell link =
        PdfParts.plainCell(new Phrase(url + "\n" + text("receipt.code") + " " + code, font(8)));
    link.setColspan(2);
    table.addCell(link);
    return table;
  }

  private static boolean isPublic(String rfc) {
    return isBlank(rfc) || PUBLIC_RFC.equalsIgnoreCase(rfc.trim());
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static void requireComplete(ReceiptDocument d) {
    Objects.requireNonNull(d, "document");
    Objects.requireNonNull(d.folio(), "folio");
    Objects.requireNonNull(d.paidAt(), "paidAt");
    Objects.requireNonNull(d.claveCatastral(), "claveCatastral");
    Objects.requireNonNull(d.address(), "address");
    Objects.requireNonNull(d.channel(), "channel");
    Objects.requireNonNull(d.total(), "total");
    Objects.requireNonNull(d.verificationUrl(), "verificationUrl");
  }

  /** Drawn over every page so a cancelled receipt cannot be passed off as valid. */
  private static final class CancelledWatermark extends PdfPageEventHelper {
    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      canvas.saveState();
      PdfGState translucent = new PdfGState();
      translucent.setFillOpacity(0.25f);
      canvas.setGState(translucent);
      canvas.beginText();
      canvas.setColorFill(new Color(0xC0, 0x00, 0x00));
      canvas.setFontAndSize(PdfParts.boldBase(), 110);
      float x = document.getPageSize().getWidth() / 2;
      float y = document.getPageSize().getHeight() / 2;
      canvas.showTextAligned(Element.ALIGN_CENTER, text("receipt.cancelled"), x, y, 45);
      canvas.endText();
      canvas.restoreState();
    }
  }
}
