package mx.gob.veracruz.predial.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered PDFs back as a person or a scanner would: text, page count, barcodes. */
final class PdfAssertions {

  private PdfAssertions() {}

  static int pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rasterises page 1 at 200 dpi and decodes the first barcode of {@code format} on it. */
  static String decodeFirstPage(byte[] pdf, BarcodeFormat format) throws NotFoundException {
    BufferedImage page;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    LuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
    Map<DecodeHintType, Object> hints =
        Map.of(
            DecodeHintType.POSSIBLE_FORMATS,
            java.util.List.of(format),
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE);
    return new MultiFormatReader()
        .decode(new BinaryBitmap(new HybridBinarizer(source)), hints)
        .getText();
  }
}
