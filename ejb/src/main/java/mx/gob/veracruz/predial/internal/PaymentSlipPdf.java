package mx.gob.veracruz.predial.internal;

import static mx.gob.veracruz.predial.internal.PdfParts.bold;
import static mx.gob.veracruz.predial.internal.PdfParts.font;
import static mx.gob.veracruz.predial.internal.PdfParts.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/** The bank-referenced payment slip ("formato de pago referenciado") for the predial. */
public final class PaymentSlipPdf {

  private PaymentSlipPdf() {}

  public static byte[] render(SlipDocument d) {
    requireComplete(d);
    Document doc = new Document(PageSize.LETTER, 50, 50, 40, 40);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.addTitle(text("slip.title") + " " + d.reference());
      doc.addAuthor(text("doc.issuer"));
      doc.open();
      PdfParts.header(doc, text("slip.title"));
      doc.add(referenceBox(writer.getDirectContent(), d));
      doc.add(PdfParts.details(detailRows(d)));
      doc.add(PdfParts.lines(d.lines(), d.amount()));
      doc.add(instructions(d));
      Paragraph issued =
          new Paragraph(
              text("slip.issued", PdfParts.dateTime(d.issuedAt()), d.algorithmId()), font(7));
      issued.setSpacingBefore(14);
      doc.add(issued);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("No se pudo generar el formato " + d.reference(), e);
    }
    return out.toByteArray();
  }

  /**
   * Groups of four characters, as banks print CLABEs and references, so a teller can read it back
   * without losing their place: 18000359700002387 → 1800 0359 7000 0238 7.
   */
  static String grouped(String reference) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < reference.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        out.append(' ');
      }
      out.append(reference.charAt(i));
    }
    return out.toString();
  }

  /** The part the teller reads: reference, its barcode, amount and last valid day, framed. */
  private static PdfPTable referenceBox(PdfContentByte canvas, SlipDocument d) {
    PdfPTable inner = new PdfPTable(1);
    inner.setWidthPercentage(100);
    inner.addCell(centered(new Phrase(text("slip.reference"), font(10))));
    inner.addCell(centered(new Phrase(grouped(d.reference()), bold(22))));
    // false: keep the bars at their drawn module width instead of stretching them to the cell
    PdfPCell bars = new PdfPCell(barcode(canvas, d.reference()), false);
    bars.setBorder(Rectangle.NO_BORDER);
    bars.setHorizontalAlignment(Element.ALIGN_CENTER);
    bars.setPadding(6);
    inner.addCell(bars);
    inner.addCell(
        centered(new Phrase(text("slip.amount") + ": " + PdfParts.money(d.amount()), bold(14))));
    inner.addCell(
        centered(
            new Phrase(
                text("slip.validUntil")
                    + ": "
                    + PdfParts.date(d.validUntil())
                    + ". "
                    + text("slip.validNote"),
                bold(10))));
    PdfPTable box = new PdfPTable(1);
    box.setWidthPercentage(100);
    PdfPCell frame = new PdfPCell(inner);
    frame.setBorderColor(PdfParts.RULE);
    frame.setPadding(8);
    box.addCell(frame);
    box.setSpacingAfter(12);
    return box;
  }

  private static PdfPCell centered(Phrase phrase) {
    PdfPCell cell = PdfParts.plainCell(phrase);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    return cell;
  }

  /** Code 128 packs digit pairs, so a 20-digit reference stays short enough for a wand scanner. */
  private static Image barcode(PdfContentByte canvas, String reference) {
    Barcode128 code = new Barcode128();
    code.setCodeType(Barcode.CODE128);
    code.setCode(reference);
    code.setX(1.2f);
    code.setBarHeight(42);
    return code.createImageWithBarcode(canvas, null, null);
  }

  private static String[][] detailRows(SlipDocument d) {
    return new String[][] {
      {text("slip.bank"), d.bankName()},
      {text("slip.agreement"), d.bankAgreement()},
      {text("doc.claveCatastral"), d.claveCatastral()},
      {text("slip.owner"), d.ownerName()}
    };
  }

  private static Paragraph instructions(SlipDocument d) {
    Paragraph block = new Paragraph(text("slip.instructions"), bold(10));
    List steps = new List(List.ORDERED);
    steps.setIndentationLeft(10);
    String date = PdfParts.date(d.validUntil());
    steps.add(
        new ListItem(
            text("slip.instruction1", d.bankName(), d.bankAgreement(), d.reference()), font(9)));
    steps.add(new ListItem(text("slip.instruction2", date), font(9)));
    steps.add(new ListItem(text("slip.instruction3"), font(9)));
    block.add(steps);
    return block;
  }

  private static void requireComplete(SlipDocument d) {
    Objects.requireNonNull(d, "document");
    Objects.requireNonNull(d.reference(), "reference");
    Objects.requireNonNull(d.bankName(), "bankName");
    Objects.requireNonNull(d.bankAgreement(), "bankAgreement");
    Objects.requireNonNull(d.claveCatastral(), "claveCatastral");
    Objects.requireNonNull(d.ownerName(), "ownerName");
    Objects.requireNonNull(d.amount(), "amount");
    Objects.requireNonNull(d.validUntil(), "validUntil");
    Objects.requireNonNull(d.issuedAt(), "issuedAt");
    Objects.requireNonNull(d.algorithmId(), "algorithmId");
  }
}
