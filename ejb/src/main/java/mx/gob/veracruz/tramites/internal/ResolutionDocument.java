package mx.gob.veracruz.tramites.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mx.gob.veracruz.cobros.PaymentSettings;
import mx.gob.veracruz.cobros.QrCode;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.tramites.TramiteDefinition;
import mx.gob.veracruz.tramites.model.Expediente;

/** The resolution of a case as a PDF; its SHA-256 is what the office's key signs. */
@ApplicationScoped
public class ResolutionDocument {
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm 'h'", ES_MX);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX);

  @Inject private OfficeSigner signer;
  @Inject private PaymentSettings settings;

  public OfficeSigner signer() {
    return signer;
  }

  public String verifyUrl(Expediente e) {
    return settings.publicUrl()
        + "/servicios/verificar-resolucion.xhtml?folio="
        + URLEncoder.encode(e.getFolio(), StandardCharsets.UTF_8)
        + "&codigo="
        + e.getVerificationCode();
  }

  byte[] pdf(Expediente e, TramiteDefinition d, String signerName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 60, 60, 54, 54);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.addTitle("Resolución " + e.getFolio());
      doc.addCreator("Ciudad Digital");
      doc.open();
      center(doc, "H. Ayuntamiento de Veracruz", bold(15), 0);
      center(doc, d.area(), font(11), 0);
      center(doc, "RESOLUCIÓN", bold(13), 8);
      doc.add(
          new Paragraph(
              "Expediente: "
                  + e.getFolio()
                  + "    Fecha: "
                  + DATE_TIME.format(e.getResolvedAt().atZone(CityClock.ZONE)),
              font(10)));
      doc.add(
          new Paragraph(
              "Trámite: " + d.name() + " (versión " + e.getVersionNo() + " del catálogo)",
              font(10)));
      doc.add(new Paragraph("Solicitante: " + e.getApplicantName(), font(10)));
      doc.add(
          new Paragraph(
              "Presentada el " + DATE.format(e.getFiledAt().atZone(CityClock.ZONE)), font(10)));
      Paragraph sense =
          new Paragraph(
              "FAVORABLE".equals(e.getResolution())
                  ? "Sentido: FAVORABLE. Se concede lo solicitado."
                  : "Sentido: NO FAVORABLE. No se concede lo solicitado.",
              bold(11));
      sense.setSpacingBefore(10);
      doc.add(sense);
      Paragraph body = new Paragraph(e.getResolutionText(), font(10));
      body.setSpacingBefore(6);
      body.setAlignment(Element.ALIGN_JUSTIFIED);
      doc.add(body);
      Paragraph basis = new Paragraph("Fundamento: " + d.legalBasis(), small());
      basis.setSpacingBefore(10);
      doc.add(basis);
      if (!"FAVORABLE".equals(e.getResolution())) {
        doc.add(
            new Paragraph(
                "Puede impugnar esta resolución mediante el recurso de revocación dentro de los 15 días hábiles siguientes a su notificación.",
                small()));
      }
      Paragraph sign = new Paragraph("Resolvió: " + signerName + " · " + d.area(), font(10));
      sign.setSpacingBefore(14);
      doc.add(sign);
      doc.add(
          new Paragraph(
              "Documento firmado electrónicamente con la llave de la oficina. Código de verificación: "
                  + e.getVerificationCode(),
              small()));
      Image qr = QrCode.image(writer.getDirectContent(), verifyUrl(e), 90);
      qr.setAlignment(Element.ALIGN_CENTER);
      doc.add(qr);
      center(doc, "Verifique en " + verifyUrl(e), small(), 0);
      doc.close();
    } catch (DocumentException ex) {
      throw new IllegalStateException("No se pudo generar la resolución", ex);
    }
    return out.toByteArray();
  }

  private static void center(Document doc, String text, Font f, float before)
      throws DocumentException {
    Paragraph p = new Paragraph(text, f);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    p.setSpacingAfter(before);
    doc.add(p);
  }

  private static Font font(float size) {
    return new Font(base(BaseFont.HELVETICA), size);
  }

  private static Font small() {
    return new Font(base(BaseFont.HELVETICA), 8.5f, Font.NORMAL, new Color(0x55, 0x55, 0x55));
  }

  private static Font bold(float size) {
    return new Font(base(BaseFont.HELVETICA_BOLD), size);
  }

  private static BaseFont base(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (DocumentException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
