package mx.gob.veracruz.cobros;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR codes for receipt verification links, one module per matrix cell. */
public final class QrCode {

  private QrCode() {}

  /**
   * Level M survives a crease or stain on a printed receipt while keeping a 100-character URL at a
   * size phones read from 3 cm; the 4-module quiet zone is what the QR standard asks for.
   */
  public static BitMatrix matrix(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("El texto del código QR es obligatorio");
    }
    Map<EncodeHintType, Object> hints =
        Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN,
            4);
    try {
      // size 0: ZXing returns the bare module grid, which the PDF scales as vectors
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("No se pudo generar el código QR", e);
    }
  }

  /** The QR drawn as vector squares, so it stays sharp at any print or zoom size. */
  public static Image image(PdfContentByte canvas, String text, float size) {
    BitMatrix matrix = matrix(text);
    float module = size / matrix.getWidth();
    PdfTemplate template = canvas.createTemplate(size, size);
    template.setColorFill(Color.BLACK);
    for (int y = 0; y < matrix.getHeight(); y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y)) {
          x++;
        }
        // one rectangle per run of dark modules keeps the page small
        template.rectangle(start * module, size - (y + 1) * module, (x - start) * module, module);
      }
    }
    template.fill();
    try {
      return Image.getInstance(template);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}
