package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BankFileLayoutTest {
  private final FixedWidthLayout fixed = new FixedWidthLayout();
  private final CsvLayout csv = new CsvLayout();

  @Test
  void fixedWidthRecordsRoundTrip() {
    String h = FixedWidthLayout.headerLine("BBVA", LocalDate.of(2026, 11, 27), 3);
    String d =
        FixedWidthLayout.detailLine(
            "18000359700002387",
            new BigDecimal("1520.05"),
            LocalDateTime.of(2026, 11, 27, 10, 15, 30),
            "VE",
            "0012345678");
    String t = FixedWidthLayout.trailerLine(1, new BigDecimal("1520.05"));
    assertThat(h).hasSize(80);
    assertThat(d).hasSize(80);
    assertThat(t).hasSize(80);
    assertThat(fixed.isHeader(h) && fixed.isTrailer(t)).isTrue();
    assertThat(fixed.header(h))
        .isEqualTo(new BankFileLayout.Header("BBVA", LocalDate.of(2026, 11, 27), 3));
    BankFileLayout.Detail detail = fixed.detail(d);
    assertThat(detail.problem()).isNull();
    assertThat(detail.reference()).isEqualTo("18000359700002387");
    assertThat(detail.amount()).isEqualTo(new BigDecimal("1520.05"));
    assertThat(detail.paidAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 10, 15, 30));
    assertThat(detail.authorization()).isEqualTo("0012345678");
    assertThat(fixed.trailer(t))
        .isEqualTo(new BankFileLayout.Trailer(1, new BigDecimal("1520.05")));
  }

  @Test
  void aBrokenFixedWidthLineIsMalformedNotAnException() {
    assertThat(fixed.detail("D123").problem()).contains("incompleto");
    String badAmount =
        FixedWidthLayout.detailLine(
                "1", BigDecimal.ONE, LocalDateTime.of(2026, 1, 1, 0, 0), "VE", "1")
            .replace("0000000000100", "00000000001X0");
    assertThat(fixed.detail(badAmount).problem()).contains("Importe");
    String badDate =
        FixedWidthLayout.detailLine(
                "1", BigDecimal.ONE, LocalDateTime.of(2026, 1, 1, 0, 0), "VE", "1")
            .replace("20260101000000", "20261301000000");
    assertThat(fixed.detail(badDate).problem()).contains("Fecha");
  }

  @Test
  void aLineWithAnUnreadableDateKeepsItsReadableAmountForTheControlSums() {
    String badDate =
        FixedWidthLayout.detailLine(
                "18000359700002387",
                new BigDecimal("1520.05"),
                LocalDateTime.of(2026, 1, 1, 0, 0),
                "VE",
                "1")
            .replace("20260101000000", "20261301000000");
    BankFileLayout.Detail fixedDetail = fixed.detail(badDate);
    assertThat(fixedDetail.problem()).contains("Fecha");
    assertThat(fixedDetail.amount()).isEqualTo(new BigDecimal("1520.05"));
    assertThat(fixedDetail.reference()).isEqualTo("18000359700002387");
    BankFileLayout.Detail csvDetail =
        csv.detail("D,123456789012345674,1520.00,2026-13-27T10:15:00,VENTANILLA,A1");
    assertThat(csvDetail.problem()).contains("Fecha");
    assertThat(csvDetail.amount()).isEqualTo(new BigDecimal("1520.00"));
  }

  @Test
  void csvRecordsAndTheirErrors() {
    assertThat(csv.header("H,SANTANDER,2026-11-27,1"))
        .isEqualTo(new BankFileLayout.Header("SANTANDER", LocalDate.of(2026, 11, 27), 1));
    BankFileLayout.Detail d =
        csv.detail("D,123456789012345674,1520.00,2026-11-27T10:15:00,VENTANILLA,A1");
    assertThat(d.problem()).isNull();
    assertThat(d.amount()).isEqualTo(new BigDecimal("1520.00"));
    assertThat(csv.trailer("T,1,1520.00"))
        .isEqualTo(new BankFileLayout.Trailer(1, new BigDecimal("1520.00")));
    assertThat(csv.detail("D,1,12.345,2026-11-27T10:15:00,V,A").problem())
        .contains("Importe inválido");
    assertThat(csv.detail("D,1,doce,2026-11-27T10:15:00,V,A").problem()).contains("no numérico");
    assertThat(csv.detail("D,1,12.00").problem()).contains("6 campos");
    assertThat(BankFileLayouts.sniff("H,SANTANDER,2026-11-27,1").id()).isEqualTo("CSV");
    assertThat(BankFileLayouts.sniff("HBBVA20261127001").id()).isEqualTo("FIXED-80");
  }
}
