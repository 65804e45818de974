package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.veracruz.cobros.DocumentLine;
import org.junit.jupiter.api.Test;

class PaymentSlipPdfTest {

  private static final String REFERENCE = "180003597000023871";

  private static SlipDocument slip() {
    return new SlipDocument(
        REFERENCE,
        "BBVA México",
        "1234567",
        "193-001-023-004-000-000",
        "José Peña Núñez",
        List.of(
            new DocumentLine("Impuesto predial 2025", new BigDecimal("1800.00")),
            new DocumentLine("Recargos 2025 (1 mes)", new BigDecimal("26.46")),
            new DocumentLine("Impuesto predial 2026", new BigDecimal("1900.00")),
            new DocumentLine("Descuento por pago anticipado (20%)", new BigDecimal("-380.00"))),
        new BigDecimal("3346.46"),
        LocalDate.of(2026, 1, 31),
        ZonedDateTime.of(2026, 1, 15, 9, 5, 0, 0, ZoneId.of("America/Mexico_City")),
        "BBVA-00");
  }

  @Test
  void rendersOnePageWithReferenceAmountAndValidity() {
    byte[] pdf = PaymentSlipPdf.render(slip());

    assertThat(PdfAssertions.pages(pdf)).isEqualTo(1);
    String text = PdfAssertions.text(pdf);
    assertThat(text)
        .contains("Formato de pago referenciado — Impuesto predial")
        .contains("1800 0359 7000 0238 71")
        .contains("BBVA México")
        .contains("1234567")
        .contains("193-001-023-004-000-000")
        .contains("José Peña Núñez")
        .contains("$3,346.46")
        .contains("Vigente hasta: 31 de enero de 2026")
        .contains("-$380.00")
        .contains("Después del 31 de enero de 2026 esta referencia no será aceptada")
        .contains("una vez que el banco confirme el pago")
        .doesNotContain("BBVA-00")
        .doesNotContain("algoritmo"); // an internal code means nothing to a citizen
  }

  @Test
  void barcodeDecodesToTheReference() throws Exception {
    byte[] pdf = PaymentSlipPdf.render(slip());
    assertThat(PdfAssertions.decodeFirstPage(pdf, BarcodeFormat.CODE_128)).isEqualTo(REFERENCE);
  }

  @Test
  void groupsTheReferenceInFours() {
    assertThat(PaymentSlipPdf.grouped("18000359700002387")).isEqualTo("1800 0359 7000 0238 7");
    assertThat(PaymentSlipPdf.grouped("00003Y10101396539")).isEqualTo("0000 3Y10 1013 9653 9");
  }
}
