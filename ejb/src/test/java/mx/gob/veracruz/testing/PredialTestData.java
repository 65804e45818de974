package mx.gob.veracruz.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.CargoStatus;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Propietario;

/** Seeds predios with known taxes for the predial ITs (claves in región 9xx, never demo ones). */
@Stateless
@PermitAll
public class PredialTestData {
  private static final AtomicInteger SEQ =
      new AtomicInteger((int) (System.currentTimeMillis() % 90_000));

  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  /** A predio owned by {@code curp} owing the given tax for each year (2025, 2026, ...). */
  public Predio predio(String curp, String... taxes) {
    int n = SEQ.incrementAndGet();
    Predio p = new Predio();
    p.setClaveCatastral(
        String.format(
            "193-9%02d-%03d-%03d-000-000", n / 1_000_000 % 100, n / 1000 % 1000, n % 1000));
    p.setCalle("Calle de Prueba");
    p.setNumero(String.valueOf(n));
    p.setSuperficieTerreno(new BigDecimal("200.00"));
    p.setSuperficieConstruida(new BigDecimal("100.00"));
    p.setZona("Z03");
    p.setTipoConstruccion("HABITACIONAL_MEDIO");
    p.setEstadoConstruccion("BUENO");
    p.setPropietarios("PRUEBA PROPIETARIA " + n);
    p.setCreatedAt(Instant.now());
    p.setUpdatedAt(Instant.now());
    em.persist(p);
    em.flush(); // owners and years reference it; ids only, so EclipseLink cannot order the inserts
    Propietario o = new Propietario();
    o.setPredioId(p.getId());
    o.setCurp(curp);
    o.setNombre("PRUEBA PROPIETARIA " + n);
    o.setPorcentaje(new BigDecimal("100.00"));
    em.persist(o);
    int year = 2025;
    for (String tax : taxes) {
      Anualidad a = new Anualidad();
      a.setPredioId(p.getId());
      a.setFiscalYear(year++);
      a.setLandValue(BigDecimal.ZERO.setScale(2));
      a.setConstructionValue(BigDecimal.ZERO.setScale(2));
      a.setValorCatastral(BigDecimal.ZERO.setScale(2));
      a.setAnnualTax(new BigDecimal(tax));
      a.setExplanation("Dato de prueba");
      a.setCreditedTax(BigDecimal.ZERO.setScale(2));
      a.setCreditedSurcharge(BigDecimal.ZERO.setScale(2));
      a.setAssessedAt(Instant.now());
      em.persist(a);
    }
    em.flush();
    return p;
  }

  /** A pending gateway charge as the portal would have created it. */
  public void charge(
      Long predioId, String chargeId, String amount, java.time.LocalDate statementDate) {
    Cargo c = new Cargo();
    c.setChargeId(chargeId);
    c.setIdempotencyKey("it-" + chargeId);
    c.setPredioId(predioId);
    c.setAmount(new BigDecimal(amount));
    c.setStatementDate(statementDate);
    c.setStatus(CargoStatus.PENDIENTE);
    c.setPayerName("PRUEBA");
    c.setCreatedAt(Instant.now());
    em.persist(c);
  }

  public String chargeStatus(String chargeId) {
    return em.createQuery("select c.status from Cargo c where c.chargeId = :id", CargoStatus.class)
        .setParameter("id", chargeId)
        .getSingleResult()
        .name();
  }

  public long paymentsOf(Long predioId) {
    return em.createQuery(
            "select count(p) from Pago p where p.predioId = :id and p.status = :applied",
            Long.class)
        .setParameter("id", predioId)
        .setParameter("applied", PaymentStatus.APLICADO)
        .getSingleResult();
  }
}
