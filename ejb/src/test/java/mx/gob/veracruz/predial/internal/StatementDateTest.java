package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.StatementLine;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Predio;
import org.junit.jupiter.api.Test;

/** A statement asked for without a date late on the last day of a discount, on a UTC server. */
class StatementDateTest {
  /** 23:30 on 28 February 2026 in Veracruz; already 1 March for a server on UTC. */
  private static final Clock UTC_SERVER =
      Clock.fixed(Instant.parse("2026-03-01T05:30:00Z"), ZoneOffset.UTC);

  @Test
  void aStatementWithoutDateAt2330OnTheTwentyEighthKeepsFebruarysCutOffs() {
    LocalDate asOf = StatementService.statementDate(null, new CityClock(UTC_SERVER));
    assertThat(asOf).isEqualTo(LocalDate.of(2026, 2, 28));

    Statement s = statement(asOf);
    StatementLine current =
        s.lines().stream().filter(l -> l.fiscalYear() == 2026).findFirst().get();
    StatementLine arrears =
        s.lines().stream().filter(l -> l.fiscalYear() == 2025).findFirst().get();
    assertThat(current.discount()).isEqualByComparingTo("301.27"); // pronto pago 20 % until 28 Feb
    assertThat(current.due()).isEqualByComparingTo("1205.10");
    assertThat(arrears.surcharge()).isEqualByComparingTo(surchargeOn(LocalDate.of(2026, 2, 28)));
  }

  @Test
  void theServersOwnDateWouldHaveDroppedTheDiscountAndAddedAMonthOfRecargos() {
    // What LocalDate.now() returned on a UTC server before CityClock: 1 March.
    Statement s = statement(LocalDate.now(UTC_SERVER));
    StatementLine current =
        s.lines().stream().filter(l -> l.fiscalYear() == 2026).findFirst().get();
    assertThat(current.discount()).isEqualByComparingTo("0.00");
    assertThat(surchargeOn(LocalDate.of(2026, 3, 1)))
        .isGreaterThan(surchargeOn(LocalDate.of(2026, 2, 28)));
  }

  @Test
  void aDateGivenByTheCallerIsKept() {
    LocalDate given = LocalDate.of(2026, 1, 15);
    assertThat(StatementService.statementDate(given, new CityClock(UTC_SERVER))).isEqualTo(given);
  }

  private static BigDecimal surchargeOn(LocalDate asOf) {
    return statement(asOf).lines().stream()
        .filter(l -> l.fiscalYear() == 2025)
        .findFirst()
        .get()
        .surcharge();
  }

  private static Statement statement(LocalDate asOf) {
    Predio p = new Predio();
    p.setClaveCatastral("193-001-001-001-000-000");
    p.setPropietarios("PRUEBA PROPIETARIA");
    return StatementService.statement(
        p,
        List.of(year(2025, "1200.00"), year(2026, "1506.37")),
        false,
        asOf,
        StatementRules::demo);
  }

  private static Anualidad year(int fiscalYear, String tax) {
    Anualidad a = new Anualidad();
    a.setFiscalYear(fiscalYear);
    a.setAnnualTax(new BigDecimal(tax));
    a.setCreditedTax(BigDecimal.ZERO.setScale(2));
    a.setCreditedSurcharge(BigDecimal.ZERO.setScale(2));
    return a;
  }
}
