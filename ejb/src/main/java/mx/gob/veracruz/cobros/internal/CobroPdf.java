package mx.gob.veracruz.cobros.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
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
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.cobros.Money;
import mx.gob.veracruz.cobros.QrCode;
import mx.gob.veracruz.cobros.SpanishAmount;
import mx.gob.veracruz.common.CityClock;

/** The bank slip and the receipt of a charge: letter size, printable, the receipt with its QR. */
final class CobroPdf {
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm 'h'", ES_MX);
  private static final Color GREY = new Color(0x55, 0x55, 0x55);

  private CobroPdf() {}

  static byte[] slip(CobroView c, String agreement) {
    return document(
        "Ficha de pago en ventanilla bancaria",
        doc -> {
          doc.add(
              details(
                  new String[][] {
                    {"Cobro", c.folio()},
                    {"Concepto", c.conceptName()},
                    {"Descripción", c.description()},
                    {"Contribuyente", c.payerName()},
                    {"Banco", c.bankName() + " · convenio " + agreement},
                    {"Referencia", group(c.referencia())},
                    {
                      "Importe",
                      Money.format(c.amount()) + " (" + SpanishAmount.inWords(c.amount()) + ")"
                    },
                    {"Pague a más tardar el", DATE.format(c.validUntil())}
                  }));
          doc.add(
              note(
                  "Pague en cualquier sucursal o banca en línea de "
                      + c.bankName()
                      + " con el convenio y la referencia. "
                      + "El importe debe ser exacto: un pago incompleto no se aplica. Su recibo estará disponible al día hábil siguiente."));
        });
  }

  static byte[] receipt(CobroView c, String verifyUrl) {
    return document(
        "Recibo oficial de pago",
        doc -> {
          doc.add(
              details(
                  new String[][] {
                    {"Recibo", c.receiptFolio()},
                    {"Cobro", c.folio()},
                    {"Concepto", c.conceptName() + " (" + c.conceptCode() + ")"},
                    {"Descripción", c.description()},
                    {"Contribuyente", c.payerName()},
                    {"Importe", Money.format(c.amount())},
                    {"Importe con letra", SpanishAmount.inWords(c.amount())},
                    {"Pagado", DATE_TIME.format(c.paidAt().atZone(CityClock.ZONE))},
                    {
                      "Forma de pago",
                      channel(c.channel())
                          + (c.channelDetail() == null ? "" : " · " + c.channelDetail())
                    },
                    {"Código de verificación", c.verificationCode()}
                  }));
          Image qr = QrCode.image(doc.writer().getDirectContent(), verifyUrl, 96);
          qr.setAlignment(Element.ALIGN_CENTER);
          doc.add(qr);
          doc.add(note("Verifique este recibo en " + verifyUrl));
        });
  }

  static String verifyUrl(String publicUrl, CobroView c) {
    return publicUrl
        + "/servicios/verificar-recibo.xhtml?folio="
        + URLEncoder.encode(c.receiptFolio(), StandardCharsets.UTF_8)
        + "&codigo="
        + c.verificationCode();
  }

  private static String channel(String code) {
    String name = Cobros.channelName(code);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String group(String reference) {
    return reference == null ? "" : reference.replaceAll("(\\d{4})(?=\\d)", "$1 ");
  }

  interface Body {
    void write(Doc doc) throws DocumentException;
  }

  record Doc(Document document, PdfWriter writer) {
    void add(Element e) throws DocumentException {
      document.add(e);
    }
  }

  private static byte[] document(String title, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.addCreator("Ciudad Digital");
      document.open();
      Paragraph issuer = new Paragraph("H. Ayuntamiento de Veracruz", bold(15));
      issuer.setAlignment(Element.ALIGN_CENTER);
      document.add(issuer);
      Paragraph treasury = new Paragraph("Tesorería Municipal", font(11));
      treasury.setAlignment(Element.ALIGN_CENTER);
      document.add(treasury);
      Paragraph heading = new Paragraph(title, bold(12));
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingBefore(6);
      heading.setSpacingAfter(10);
      document.add(heading);
      body.write(new Doc(document, writer));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("No se pudo generar el documento", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable details(String[][] rows) {
    PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
    table.setWidthPercentage(100);
    for (String[] row : rows) {
      table.addCell(cell(new Phrase(row[0], new Font(regular(), 9, Font.NORMAL, GREY))));
      table.addCell(cell(new Phrase(row[1] == null ? "" : row[1], font(10))));
    }
    table.setSpacingAfter(10);
    return table;
  }

  private static Paragraph note(String text) {
    Paragraph p = new Paragraph(text, new Font(regular(), 9, Font.NORMAL, GREY));
    p.setSpacingBefore(6);
    return p;
  }

  private static PdfPCell cell(Phrase p) {
    PdfPCell c = new PdfPCell(p);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPaddingBottom(4);
    return c;
  }

  private static Font font(float size) {
    return new Font(regular(), size);
  }

  private static Font bold(float size) {
    return new Font(base(BaseFont.HELVETICA_BOLD), size);
  }

  private static BaseFont regular() {
    return base(BaseFont.HELVETICA);
  }

  private static BaseFont base(String name) {
    try {
      // Cp1252 (WinAnsi) carries á é í ó ú ü ñ in the standard fonts
      return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}
