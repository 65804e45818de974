package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.veracruz.cobros.DocumentLine;
import mx.gob.veracruz.cobros.QrCode;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

  private static final String URL =
      "https://ciudaddigital.veracruzmunicipio.gob.mx/predial/recibos/verificar/"
          + "PRED-2026-000123?c=8F3A91";

  static ReceiptDocument receipt(String payerRfc, boolean cancelled) {
    return new ReceiptDocument(
        "PRED-2026-000123",
        // 16:45 UTC is 10:45 in Veracruz (UTC-6, no daylight saving since 2022)
        ZonedDateTime.of(2026, 1, 15, 16, 45, 0, 0, ZoneOffset.UTC),
        "193-001-023-004-000-000",
        "Av. Independencia 1050, Centro, Veracruz, Ver.",
        "María José Peña Núñez",
        payerRfc,
        "Pago en línea (tarjeta)",
        "autorización 482913",
        List.of(
            new DocumentLine("Impuesto predial 2026", new BigDecimal("1900.00")),
            new DocumentLine("Descuento por pago anticipado (20%)", new BigDecimal("-380.00"))),
        new BigDecimal("1520.00"),
        URL,
        cancelled,
        null,
        null);
  }

  @Test
  void rendersOnePageWithTheReceiptDataInSpanish() {
    byte[] pdf = ReceiptPdf.render(receipt("PENM800101AB1", false));

    assertThat(PdfAssertions.pages(pdf)).isEqualTo(1);
    String text = PdfAssertions.text(pdf);
    assertThat(text)
        .contains("Tesorería Municipal")
        .contains("Recibo oficial de pago — Impuesto predial")
        .contains("PRED-2026-000123")
        .contains("193-001-023-004-000-000")
        .contains("María José Peña Núñez")
        .contains("PENM800101AB1")
        .contains("15 de enero de 2026, 10:45 h")
        .contains("Pago en línea (tarjeta) — autorización 482913")
        .contains("$1,900.00")
        .contains("-$380.00")
        .contains("$1,520.00")
        .contains("MIL QUINIENTOS VEINTE PESOS 00/100 M.N.")
        .contains(URL)
        .doesNotContain("CANCELADO");
  }

  @Test
  void aPartialPaymentsReceiptSaysWhatIsStillOwed() {
    ReceiptDocument full = receipt("PENM800101AB1", false);
    ReceiptDocument partial =
        new ReceiptDocument(
            full.folio(),
            full.paidAt(),
            full.claveCatastral(),
            full.address(),
            full.payerName(),
            full.payerRfc(),
            full.channel(),
            full.channelDetail(),
            full.lines(),
            full.total(),
            full.verificationUrl(),
            false,
            new BigDecimal("2480.50"),
            java.time.LocalDate.of(2026, 1, 15));
    assertThat(PdfAssertions.text(ReceiptPdf.render(partial)))
        .contains("Pago parcial: el predio aún adeuda $2,480.50 (al 15/01/2026)");
    assertThat(PdfAssertions.text(ReceiptPdf.render(full))).doesNotContain("aún adeuda");
  }

  @Test
  void printsTheGenericRfcWhenThePayerGaveNone() {
    String text = PdfAssertions.text(ReceiptPdf.render(receipt(null, false)));
    assertThat(text).contains("XAXX010101000 Público en general");
  }

  @Test
  void watermarksACancelledReceipt() {
    byte[] pdf = ReceiptPdf.render(receipt("PENM800101AB1", true));
    assertThat(PdfAssertions.pages(pdf)).isEqualTo(1);
    assertThat(PdfAssertions.text(pdf)).contains("CANCELADO");
  }

  @Test
  void qrMatrixEncodesTheVerificationUrl() throws Exception {
    BitMatrix matrix = QrCode.matrix(URL);
    int scale = 4;
    int size = matrix.getWidth() * scale;
    int[] pixels = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    var source = new com.google.zxing.RGBLuminanceSource(size, size, pixels);
    String decoded =
        new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    assertThat(decoded).isEqualTo(URL);
  }

  @Test
  void printedQrDecodesToTheVerificationUrl() throws Exception {
    byte[] pdf = ReceiptPdf.render(receipt("PENM800101AB1", false));
    assertThat(PdfAssertions.decodeFirstPage(pdf, BarcodeFormat.QR_CODE)).isEqualTo(URL);
  }
}
