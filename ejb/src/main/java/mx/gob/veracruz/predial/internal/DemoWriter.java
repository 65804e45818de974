package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mx.gob.veracruz.predial.model.PaymentChannel;

/** Writes demo predios chunk by chunk with JDBC batches (see {@link PredialDemo}). */
final class DemoWriter {
  private static final String[] STREETS = {
    "Av. Díaz Mirón",
    "Calle Independencia",
    "Av. 20 de Noviembre",
    "Calle Zaragoza",
    "Av. Ruiz Cortines",
    "Calle Arista",
    "Calle Madero",
    "Av. Cuauhtémoc",
    "Calle Juárez",
    "Av. Salvador Díaz Mirón",
    "Calle Allende",
    "Calle Lerdo",
    "Av. Américas",
    "Calle Esteban Morales"
  };
  private static final PaymentChannel[] CHANNELS = PaymentChannel.values();

  private final Connection c;
  private final List<PredialDemo.Owner> owners;
  private final List<Long> colonias;
  private final LocalDate today;
  private final Random r;
  private final Map<Integer, Long> folios = new HashMap<>();

  DemoWriter(Connection c, List<?> owners, List<Long> colonias, LocalDate today, Random r) {
    this.c = c;
    @SuppressWarnings("unchecked")
    List<PredialDemo.Owner> o = (List<PredialDemo.Owner>) owners;
    this.owners = o;
    this.colonias = colonias;
    this.today = today;
    this.r = r;
  }

  void chunk(int from, int to) throws SQLException {
    int n = to - from;
    int years = today.getYear() - 2024 + 1;
    long predioId = PredialDemo.reserve(c, "PREDIO", n);
    long ownerId = PredialDemo.reserve(c, "PREDIO_PROPIETARIO", 2L * n);
    long yearId = PredialDemo.reserve(c, "PREDIAL_ANUALIDAD", (long) years * n);
    long pagoId = PredialDemo.reserve(c, "PREDIAL_PAGO", (long) years * n);
    long lineId = PredialDemo.reserve(c, "PREDIAL_PAGO_LINEA", (long) years * n);
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement pp =
            c.prepareStatement("INSERT INTO PREDIO VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)");
        PreparedStatement po =
            c.prepareStatement("INSERT INTO PREDIO_PROPIETARIO VALUES (?,?,?,?,?,?,?,1)");
        PreparedStatement pa =
            c.prepareStatement(
                "INSERT INTO PREDIAL_ANUALIDAD VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?,1)");
        PreparedStatement pg =
            c.prepareStatement(
                "INSERT INTO PREDIAL_PAGO (ID, FOLIO, PREDIO_ID, CHANNEL,"
                    + " CHANNEL_DETAIL, EXTERNAL_KEY, AMOUNT, STATEMENT_DATE, PAID_AT, PAYER_NAME, STATUS, VERIFICATION_CODE,"
                    + " CREATED_AT, BANK, PAST_YEARS, VERSION) VALUES (?,?,?,?,?,?,?,?,?,?,'APLICADO',?,?,?,?,1)");
        PreparedStatement pl =
            c.prepareStatement("INSERT INTO PREDIAL_PAGO_LINEA VALUES (?,?,?,?,?,?,?,1)")) {
      for (int i = from; i < to; i++) {
        long id = predioId++;
        int zone =
            Math.min(PredialDemo.ZONES.length - 1, (int) Math.abs(r.nextGaussian() * 2.2 + 2.5));
        int type = r.nextInt(10) < 7 ? r.nextInt(3) : 3 + r.nextInt(2);
        int state = r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(2);
        BigDecimal land = PredialDemo.money(90 + r.nextInt(360));
        BigDecimal built = PredialDemo.money(r.nextInt(12) == 0 ? 0 : 45 + r.nextInt(260));
        PredialDemo.Owner owner = owners.isEmpty() ? null : owners.get(i % owners.size());
        boolean company = owner == null || (i >= owners.size());
        String ownerName =
            company ? "INMOBILIARIA DEL GOLFO " + (i % 97) + " SA DE CV" : owner.name();
        String clave =
            String.format(
                "193-%03d-%03d-%03d-000-000", 1 + i / 10_000, 1 + (i / 25) % 400, 1 + i % 25);
        pp.setLong(1, id);
        pp.setString(2, clave);
        pp.setObject(3, colonias.isEmpty() ? null : colonias.get(i % colonias.size()));
        pp.setString(
            4,
            String.format("301930001%04d%03d", 100 + (i / 400) % 900, 1 + (i / 25) % 400)
                .substring(0, 16));
        pp.setString(5, STREETS[r.nextInt(STREETS.length)]);
        pp.setString(6, String.valueOf(1 + r.nextInt(1200)));
        pp.setBigDecimal(
            7, BigDecimal.valueOf(19.12 + r.nextDouble() * 0.1).setScale(7, RoundingMode.HALF_UP));
        pp.setBigDecimal(
            8, BigDecimal.valueOf(-96.20 - r.nextDouble() * 0.1).setScale(7, RoundingMode.HALF_UP));
        pp.setBigDecimal(9, land);
        pp.setBigDecimal(10, built);
        pp.setString(11, PredialDemo.ZONES[zone]);
        pp.setString(12, PredialDemo.TYPES[type]);
        pp.setString(13, PredialDemo.STATES[state]);
        pp.setString(14, Owners.searchKey(ownerName));
        pp.setTimestamp(15, now);
        pp.setTimestamp(16, now);
        pp.addBatch();
        po.setLong(1, ownerId++);
        po.setLong(2, id);
        po.setObject(3, company ? null : owner.id());
        po.setString(4, company ? null : owner.curp());
        po.setString(
            5, company ? "IGO" + String.format("%06d", 100101 + i % 97) + "AB" + (i % 10) : null);
        po.setString(6, ownerName);
        po.setBigDecimal(7, new BigDecimal("100.00"));
        po.addBatch();
        for (int year = 2024; year <= today.getYear(); year++) {
          double inflation = Math.pow(1.045, year - 2024);
          AssessmentRules rules =
              new AssessmentRules(
                  year,
                  PredialDemo.money(PredialDemo.ZONE_VALUES[zone] * inflation),
                  PredialDemo.money(
                      PredialDemo.TYPE_VALUES[type] * PredialDemo.STATE_FACTORS[state] * inflation),
                  new BigDecimal("2.0000"),
                  new BigDecimal("3.00"),
                  new BigDecimal(year == 2024 ? "108.57" : "113.14"));
          Assessment a = AssessmentCalculator.assess(land, built, rules);
          LocalDate paidOn = paidOn(year);
          BigDecimal discount = BigDecimal.ZERO.setScale(2);
          if (paidOn != null && paidOn.getMonthValue() <= 2) {
            discount =
                a.annualTax().multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
          }
          pa.setLong(1, yearId++);
          pa.setLong(2, id);
          pa.setInt(3, year);
          pa.setBigDecimal(4, a.landValue());
          pa.setBigDecimal(5, a.constructionValue());
          pa.setBigDecimal(6, a.valorCatastral());
          pa.setBigDecimal(7, a.annualTax());
          pa.setString(
              8,
              a.explanation().length() > 500 ? a.explanation().substring(0, 500) : a.explanation());
          pa.setBigDecimal(9, paidOn == null ? BigDecimal.ZERO.setScale(2) : a.annualTax());
          pa.setBigDecimal(10, BigDecimal.ZERO.setScale(2));
          pa.setTimestamp(11, now);
          pa.addBatch();
          if (paidOn != null) {
            long pid = pagoId++;
            BigDecimal amount = a.annualTax().subtract(discount);
            long folio = folios.merge(paidOn.getYear(), 1L, Long::sum);
            String channel = CHANNELS[r.nextInt(CHANNELS.length)].name();
            pg.setLong(1, pid);
            pg.setString(2, String.format("PRED-%d-%06d", paidOn.getYear(), folio));
            pg.setLong(3, id);
            pg.setString(4, channel);
            pg.setString(5, "Histórico (demostración)");
            pg.setString(6, "demo:" + pid);
            pg.setBigDecimal(7, amount);
            pg.setDate(8, PredialDemo.date(paidOn));
            pg.setTimestamp(
                9,
                PredialDemo.ts(
                    LocalDateTime.of(
                        paidOn, java.time.LocalTime.of(9 + r.nextInt(9), r.nextInt(60)))));
            pg.setString(10, ownerName);
            pg.setString(11, PredialDemo.hex(r));
            pg.setTimestamp(12, now);
            pg.setString(
                13, channel.equals("BANCO") ? (pid % 3 == 0 ? "SANTANDER" : "BBVA") : null);
            pg.setInt(14, paidOn.getYear() > year ? 1 : 0);
            pg.addBatch();
            pl.setLong(1, lineId++);
            pl.setLong(2, pid);
            pl.setInt(3, year);
            pl.setBigDecimal(4, BigDecimal.ZERO.setScale(2));
            pl.setBigDecimal(5, amount);
            pl.setBigDecimal(6, discount);
            pl.setBigDecimal(7, BigDecimal.ZERO.setScale(2));
            pl.addBatch();
          }
        }
      }
      pp.executeBatch();
      po.executeBatch();
      pa.executeBatch();
      pg.executeBatch();
      pl.executeBatch();
    }
  }

  /** Most pay in January-February (discount), some later in the year, some not at all. */
  private LocalDate paidOn(int year) {
    int roll = r.nextInt(100);
    int unpaidShare = year == today.getYear() ? 40 : year == today.getYear() - 1 ? 22 : 15;
    if (roll < unpaidShare) {
      return null;
    }
    LocalDate d =
        roll < unpaidShare + 55
            ? LocalDate.of(year, 1, 2).plusDays(r.nextInt(57))
            : LocalDate.of(year, 3, 1).plusDays(r.nextInt(300));
    return d.isBefore(today) ? d : null;
  }

  /** Folio counters continue after the demo's numbers, so new receipts never reuse one. */
  void finish() throws SQLException {
    for (Map.Entry<Integer, Long> e : folios.entrySet()) {
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE FOLIO_COUNTER SET LAST_NUMBER = ? WHERE TIPO = 'PRED' AND ANIO = ?")) {
        u.setLong(1, e.getValue());
        u.setInt(2, e.getKey());
        if (u.executeUpdate() == 0) {
          try (PreparedStatement i =
              c.prepareStatement("INSERT INTO FOLIO_COUNTER VALUES ('PRED', ?, ?)")) {
            i.setInt(1, e.getKey());
            i.setLong(2, e.getValue());
            i.executeUpdate();
          }
        }
      }
    }
  }
}
