package mx.gob.veracruz.predial.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
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
}
