package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.StatementLine;
import mx.gob.veracruz.predial.internal.StatementCalculator.YearDebt;
import org.junit.jupiter.api.Test;

/** Worked examples written from DOMAIN.md's rules (demo defaults). */
class StatementCalculatorTest {
  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private static YearDebt owed(int year, String tax) {
    return new YearDebt(year, new BigDecimal(tax), ZERO, ZERO);
  }

  private static List<StatementLine> statement(
      LocalDate asOf, boolean eligible, YearDebt... debts) {
    return StatementCalculator.statement(List.of(debts), asOf, eligible, StatementRules::demo);
  }

  @Test
  void earlyPaymentDiscountUntilTheEndOfFebruary() {
    StatementLine l = statement(LocalDate.of(2026, 2, 10), false, owed(2026, "1506.37")).get(0);
    assertThat(l.discount()).isEqualByComparingTo("301.27"); // 1506.37 × 20 % = 301.274
    assertThat(l.due()).isEqualByComparingTo("1205.10");
    assertThat(l.explanation()).contains("pronto pago 20 %");
    StatementLine march = statement(LocalDate.of(2026, 3, 1), false, owed(2026, "1506.37")).get(0);
    assertThat(march.discount()).isEqualByComparingTo("0.00");
    assertThat(march.due()).isEqualByComparingTo("1506.37");
  }

  @Test
  void leapYearKeepsTheDiscountOnTheTwentyNinth() {
    assertThat(statement(LocalDate.of(2028, 2, 29), false, owed(2028, "1000.00")).get(0).due())
        .isEqualByComparingTo("800.00");
    assertThat(statement(LocalDate.of(2028, 3, 1), false, owed(2028, "1000.00")).get(0).due())
        .isEqualByComparingTo("1000.00");
  }

  @Test
  void discountsNeverStackBeyondTheMaximum() {
    StatementLine l = statement(LocalDate.of(2026, 1, 15), true, owed(2026, "1506.37")).get(0);
    assertThat(l.discount()).isEqualByComparingTo("753.19"); // 70 % capped at 50 %: 753.185
    assertThat(l.due()).isEqualByComparingTo("753.18");
    assertThat(l.explanation()).contains("tope 50 %");
  }

  @Test
  void aYearInArrearsPaysSurchargesPerMonthOrFraction() {
    StatementLine l = statement(LocalDate.of(2026, 3, 15), false, owed(2024, "1200.00")).get(0);
    assertThat(l.surcharge()).isEqualByComparingTo("264.60"); // 1200 × 1.47 % × 15 months
    assertThat(l.due()).isEqualByComparingTo("1464.60");
    assertThat(l.explanation()).contains("15 mes(es)");
    assertThat(
            StatementCalculator.monthsOfDelay(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))
        .isEqualTo(1);
    assertThat(
            StatementCalculator.monthsOfDelay(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)))
        .isZero();
  }

  @Test
  void aCondonationCampaignTakesAPercentageOffSurcharges() {
    StatementRules base = StatementRules.demo(2024);
    StatementRules withCampaign =
        new StatementRules(
            2024,
            base.earlyDiscountRate(),
            base.earlyDiscountUntil(),
            base.specialDiscountRate(),
            base.maxDiscountRate(),
            base.monthlySurchargeRate(),
            base.surchargeFrom(),
            List.of(
                new StatementRules.Condonation(
                    "Campaña de marzo",
                    new BigDecimal("0.50"),
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31))));
    StatementLine l =
        StatementCalculator.statement(
                List.of(owed(2024, "1200.00")), LocalDate.of(2026, 3, 15), false, y -> withCampaign)
            .get(0);
    assertThat(l.condonation()).isEqualByComparingTo("132.30");
    assertThat(l.due()).isEqualByComparingTo("1332.30");
    assertThat(l.explanation()).contains("Campaña de marzo 50 %");
  }

  @Test
  void aPartialPaymentLeavesSurchargesOnlyOnWhatIsStillUnpaid() {
    YearDebt partly = new YearDebt(2025, new BigDecimal("1000.00"), new BigDecimal("400.00"), ZERO);
    StatementLine l = statement(LocalDate.of(2026, 2, 10), false, partly).get(0);
    assertThat(l.discount()).isEqualByComparingTo("0.00");
    assertThat(l.surcharge()).isEqualByComparingTo("17.64"); // 600 × 1.47 % × 2
    assertThat(l.due()).isEqualByComparingTo("617.64");
    assertThat(l.paid()).isEqualByComparingTo("400.00");
  }

  @Test
  void theTotalIsTheSumOfRoundedLinesAndPaymentsGoToTheOldestYearFirst() {
    List<StatementLine> lines =
        statement(
            LocalDate.of(2026, 3, 15),
            false,
            owed(2026, "1506.37"),
            owed(2024, "1200.00"),
            owed(2025, "1300.00"));
    assertThat(lines).extracting(StatementLine::fiscalYear).containsExactly(2024, 2025, 2026);
    // 2024: 1464.60; 2025: 1300 + 1300 × 1.47 % × 3 = 1357.33; 2026: 1506.37
    assertThat(StatementCalculator.total(lines)).isEqualByComparingTo("4328.30");
    List<PaymentAllocator.Allocation> a =
        PaymentAllocator.allocate(lines, new BigDecimal("1500.00"));
    assertThat(a)
        .containsExactly(
            new PaymentAllocator.Allocation(
                2024, new BigDecimal("264.60"), new BigDecimal("1200.00")),
            new PaymentAllocator.Allocation(2025, new BigDecimal("35.40"), new BigDecimal("0.00")));
  }

  @Test
  void refusesAPaymentAboveWhatIsDue() {
    List<StatementLine> lines = statement(LocalDate.of(2026, 3, 15), false, owed(2026, "100.00"));
    assertThatThrownBy(() -> PaymentAllocator.allocate(lines, new BigDecimal("100.01")))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("excede");
    assertThatThrownBy(() -> PaymentAllocator.allocate(lines, new BigDecimal("0.001")))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void paying_a_discounted_year_in_full_credits_the_discount_and_a_partial_payment_earns_none() {
    // 10 Feb 2026: 2026 tax 1,000.00 with 20 % early payment → 800.00 due.
    List<StatementLine> lines = statement(LocalDate.of(2026, 2, 10), false, owed(2026, "1000.00"));
    PaymentAllocator.Allocation full =
        PaymentAllocator.allocate(lines, new BigDecimal("800.00")).get(0);
    assertThat(full.discount()).isEqualByComparingTo("200.00");
    assertThat(full.taxCredit()).isEqualByComparingTo("1000.00");
    // after crediting 1,000.00 the year owes nothing, even once the discount window has closed
    YearDebt settled = new YearDebt(2026, new BigDecimal("1000.00"), full.taxCredit(), ZERO);
    assertThat(StatementCalculator.total(statement(LocalDate.of(2026, 6, 1), false, settled)))
        .isEqualByComparingTo("0.00");
    PaymentAllocator.Allocation part =
        PaymentAllocator.allocate(lines, new BigDecimal("500.00")).get(0);
    assertThat(part.discount()).isEqualByComparingTo("0.00");
    assertThat(part.taxCredit()).isEqualByComparingTo("500.00");
  }

  @Test
  void a_condonation_is_credited_only_when_the_recargos_are_paid_in_full() {
    StatementRules campaign =
        new StatementRules(
            2025,
            new BigDecimal("0.20"),
            LocalDate.of(2025, 2, 28),
            new BigDecimal("0.50"),
            new BigDecimal("0.50"),
            new BigDecimal("0.0147"),
            LocalDate.of(2026, 1, 1),
            List.of(
                new StatementRules.Condonation(
                    "Buen Fin",
                    new BigDecimal("0.50"),
                    LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 30))));
    List<StatementLine> lines =
        StatementCalculator.statement(
            List.of(owed(2025, "1000.00")), LocalDate.of(2026, 11, 28), false, y -> campaign);
    // 11 months × 1.47 % = 161.70 recargos, half forgiven: 80.85 to pay, 1,080.85 in all
    assertThat(lines.get(0).condonation()).isEqualByComparingTo("80.85");
    assertThat(StatementCalculator.total(lines)).isEqualByComparingTo("1080.85");
    PaymentAllocator.Allocation a =
        PaymentAllocator.allocate(lines, new BigDecimal("100.00")).get(0);
    assertThat(a.surcharge()).isEqualByComparingTo("80.85");
    assertThat(a.condonation()).isEqualByComparingTo("80.85");
    assertThat(a.surchargeCredit()).isEqualByComparingTo("161.70");
    assertThat(a.tax()).isEqualByComparingTo("19.15");
  }
}
