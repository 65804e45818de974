package mx.gob.veracruz.becas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.becas.Clabe;
import mx.gob.veracruz.becas.DispersionView;
import mx.gob.veracruz.becas.OrderRow;
import mx.gob.veracruz.becas.ReturnResult;
import mx.gob.veracruz.becas.model.BecaDispersion;
import mx.gob.veracruz.becas.model.BecaOrden;
import mx.gob.veracruz.becas.model.BecaPago;
import mx.gob.veracruz.becas.model.BecaRetorno;
import mx.gob.veracruz.becas.model.BecaSolicitud;
import mx.gob.veracruz.becas.model.Convocatoria;
import mx.gob.veracruz.cobros.Money;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.FolioFacade;

/**
 * Disbursement: a dispersion is prepared for one period of a decided call; the job writes one order
 * per beneficiary still owed that period (never for a payment already paid or waiting for the
 * bank), then the bank file from the orders. The bank's return file pays or rejects each order: a
 * rejected order leaves its payment pending for the next dispersion, and a payment is marked paid
 * once, whatever the files say afterwards.
 */
@ApplicationScoped
public class Disbursements {
  static final Map<String, String> STATUS =
      Map.of(
          "GENERANDO", "Generando órdenes",
          "GENERADA", "Archivo listo para el banco",
          "CONCILIADA", "Conciliada",
          "PARCIAL", "Conciliada en parte");

  static final Map<String, String> ORDER_STATUS =
      Map.of(
          "EMITIDA",
          "Enviada al banco",
          "PAGADA",
          "Abonada",
          "RECHAZADA",
          "Rechazada por el banco",
          "ANULADA",
          "Anulada sin respuesta");

  @Inject private BecasRepository repo;
  @Inject private FolioFacade folios;
  @Inject private CityClock clock;
  @Inject private Becas becas;

  public BecaDispersion dispersion(String folio) {
    return repo.dispersion(folio == null ? "" : folio.trim().toUpperCase())
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "dispersion-no-encontrada", null, "No existe esa dispersión"));
  }

  /** A new dispersion for one period of a call whose committee has decided. */
  public BecaDispersion prepare(String callCode, Integer period, String actor) {
    Convocatoria c = repo.lock(Convocatoria.class, becas.call(callCode).getId());
    if (!"DICTAMINADA".equals(c.getStatus())) {
      throw new BusinessRuleException(
          "convocatoria-sin-dictamen",
          "convocatoria",
          "Solo se paga una convocatoria con resultados publicados");
    }
    if (period == null || period < 1 || period > c.getPayments()) {
      throw new BusinessRuleException(
          "periodo-invalido", "periodo", "El pago va de 1 a " + c.getPayments());
    }
    BecaDispersion open = repo.generating(c.getId()).orElse(null);
    if (open != null) {
      if (open.getPeriodNo() == period) {
        return open; // its job died before the file: the caller starts it again (idempotent)
      }
      throw new BusinessRuleException(
          "dispersion-en-curso",
          null,
          "La dispersión "
              + open.getFolio()
              + " (pago "
              + open.getPeriodNo()
              + ") aún se genera: termínela primero");
    }
    BecaDispersion d = new BecaDispersion();
    d.setFolio(folios.next("BDI"));
    d.setConvocatoriaId(c.getId());
    d.setPeriodNo(period);
    d.setStatus("GENERANDO");
    d.setTotal(BigDecimal.ZERO.setScale(2));
    d.setCreatedAt(clock.now());
    d.setCreatedBy(actor);
    repo.persist(d);
    return d;
  }

  /**
   * Orders for these beneficiaries (one chunk of the job, in its transaction). Idempotent: a
   * restarted chunk finds its orders and writes none again.
   */
  public int order(String dispersionFolio, List<Long> solicitudIds) {
    BecaDispersion d = repo.lock(BecaDispersion.class, dispersion(dispersionFolio).getId());
    if (!"GENERANDO".equals(d.getStatus())) {
      throw new IllegalStateException("La dispersión " + d.getFolio() + " ya no está generándose");
    }
    Convocatoria c = repo.find(Convocatoria.class, d.getConvocatoriaId());
    int written = 0;
    for (Long id : solicitudIds) {
      BecaSolicitud s = repo.lock(BecaSolicitud.class, id);
      if (s == null || !"BENEFICIARIA".equals(s.getStatus())) {
        continue;
      }
      BecaPago p = repo.payment(id, d.getPeriodNo()).orElse(null);
      if (p == null) {
        p = new BecaPago();
        p.setSolicitudId(id);
        p.setPeriodNo(d.getPeriodNo());
        p.setAmount(c.getAmount());
        p.setStatus("PENDIENTE");
        repo.persist(p);
        repo.flush();
      } else {
        p = repo.lock(BecaPago.class, p.getId());
      }
      if (!"PENDIENTE".equals(p.getStatus())
          || repo.attempt(p.getId(), d.getId()).isPresent()
          || repo.openAttempts(p.getId()) > 0) {
        continue; // paid, cancelled, already ordered here or waiting for the bank elsewhere
      }
      BecaOrden o = new BecaOrden();
      o.setDispersionId(d.getId());
      o.setPagoId(p.getId());
      o.setSolicitudId(id);
      o.setFolio(
          d.getFolio().replace("BDI-", "BOP-")
              + "-"
              + String.format("%06d", written + countOrders(d)));
      o.setClabe(s.getClabe());
      o.setBeneficiary(s.getStudentName());
      o.setAmount(p.getAmount());
      o.setStatus("EMITIDA");
      repo.persist(o);
      p.setStatus("EN_ORDEN");
      written++;
    }
    repo.flush();
    d.setOrders(d.getOrders() + written);
    return written;
  }

  private int countOrders(BecaDispersion d) {
    return d.getOrders() + 1;
  }

  /** The bank file from the dispersion's orders, walked in pages; the dispersion is then ready. */
  public BecaDispersion writeFile(String dispersionFolio) {
    BecaDispersion d = repo.lock(BecaDispersion.class, dispersion(dispersionFolio).getId());
    if (!"GENERANDO".equals(d.getStatus())) {
      return d; // a restart after the file was written
    }
    Convocatoria c = repo.find(Convocatoria.class, d.getConvocatoriaId());
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    int count = 0;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    long after = 0;
    String concept = "BECA " + c.getCode() + " PAGO " + d.getPeriodNo();
    while (true) {
      List<BecaOrden> page = repo.ordersAfter(d.getId(), after, 1000);
      for (BecaOrden o : page) {
        body.writeBytes(
            DispersionLayout.detail(
                    o.getFolio(), o.getClabe(), o.getAmount(), o.getBeneficiary(), concept)
                .getBytes(StandardCharsets.US_ASCII));
        total = total.add(o.getAmount());
        count++;
        after = o.getId();
      }
      if (page.size() < 1000) {
        break;
      }
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(
        DispersionLayout.header(d.getFolio(), clock.today(), count, total)
            .getBytes(StandardCharsets.US_ASCII));
    file.writeBytes(body.toByteArray());
    file.writeBytes(DispersionLayout.trailer(count, total).getBytes(StandardCharsets.US_ASCII));
    byte[] content = file.toByteArray();
    // The lazy content first: EclipseLink loads an unfetched lazy attribute by refreshing the
    // object, which would undo the setters before it (measured: total and name were lost).
    d.setFileContent(content);
    d.setOrders(count);
    d.setTotal(total);
    d.setFileName(d.getFolio() + ".txt");
    d.setFileSha256(sha256(content));
    d.setStatus(count == 0 ? "CONCILIADA" : "GENERADA");
    return d;
  }

  /**
   * Applies a bank return file in one transaction: refused whole if it is malformed, does not add
   * up, belongs to another dispersion, names an order that is not this dispersion's or disagrees
   * with it, or was imported before.
   */
  public ReturnResult applyReturn(
      String dispersionFolio, String fileName, byte[] content, String actor) {
    BecaDispersion d = repo.lock(BecaDispersion.class, dispersion(dispersionFolio).getId());
    if ("GENERANDO".equals(d.getStatus())) {
      throw new BusinessRuleException(
          "dispersion-en-curso", "archivo", "La dispersión aún se está generando");
    }
    String sha = sha256(content);
    if (repo.returnImported(sha)) {
      throw new BusinessRuleException(
          "archivo-duplicado", "archivo", "Este archivo de respuesta ya se importó");
    }
    DispersionLayout.ReturnFile f = DispersionLayout.parseReturn(content);
    if (!d.getFolio().equals(f.dispersionFolio())) {
      throw new BusinessRuleException(
          "archivo-otra-dispersion",
          "archivo",
          "El archivo responde a la dispersión " + f.dispersionFolio() + ", no a " + d.getFolio());
    }
    List<BecaOrden> orders = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (DispersionLayout.ReturnLine l : f.lines()) {
      BecaOrden o = repo.order(l.orderFolio()).orElse(null);
      if (o == null || !o.getDispersionId().equals(d.getId())) {
        throw new BusinessRuleException(
            "archivo-invalido",
            "archivo",
            "Línea " + l.lineNo() + ": la orden " + l.orderFolio() + " no es de esta dispersión");
      }
      if (!seen.add(l.orderFolio())) {
        throw new BusinessRuleException(
            "archivo-invalido",
            "archivo",
            "Línea " + l.lineNo() + ": la orden " + l.orderFolio() + " viene dos veces");
      }
      if (!"EMITIDA".equals(o.getStatus()) && !sameAnswer(o, l)) {
        throw new BusinessRuleException(
            "archivo-contradice",
            "archivo",
            "Línea "
                + l.lineNo()
                + ": la orden "
                + o.getFolio()
                + " ya está «"
                + ORDER_STATUS.getOrDefault(o.getStatus(), o.getStatus())
                + "» y este archivo dice otra cosa; aclárelo con el banco (no se aplicó nada)");
      }
      if (!o.getClabe().equals(l.clabe()) || o.getAmount().compareTo(l.amount()) != 0) {
        throw new BusinessRuleException(
            "archivo-invalido",
            "archivo",
            "Línea "
                + l.lineNo()
                + ": CLABE o importe distintos de la orden "
                + o.getFolio()
                + " ("
                + Money.format(o.getAmount())
                + ")");
      }
      orders.add(o);
    }
    BecaRetorno r = new BecaRetorno();
    r.setDispersionId(d.getId());
    r.setFileName(fileName == null ? "retorno.txt" : fileName.replaceAll("[^A-Za-z0-9._-]", "_"));
    r.setFileSha256(sha);
    r.setLinesTotal(f.lines().size());
    r.setImportedAt(clock.now());
    r.setImportedBy(actor);
    repo.persist(r);
    repo.flush();
    int paid = 0;
    int rejected = 0;
    int dup = 0;
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      BecaOrden o = orders.get(i);
      DispersionLayout.ReturnLine l = f.lines().get(i);
      BecaPago p = repo.lock(BecaPago.class, o.getPagoId());
      BecaSolicitud s = repo.find(BecaSolicitud.class, o.getSolicitudId());
      if (!"EMITIDA".equals(o.getStatus())) {
        dup++;
        notes.add(
            o.getFolio()
                + ": ya tenía respuesta ("
                + ORDER_STATUS.get(o.getStatus())
                + "); no se aplicó de nuevo");
        continue;
      }
      o.setBankCode(l.code());
      o.setReturnId(r.getId());
      if (l.paid()) {
        o.setStatus("PAGADA");
        if ("PAGADO".equals(p.getStatus())) {
          dup++;
          notes.add(
              o.getFolio()
                  + ": el pago "
                  + p.getPeriodNo()
                  + " ya estaba pagado; reclame al banco el abono doble");
        } else {
          p.setStatus("PAGADO");
          p.setPaidAt(clock.now());
          p.setPaidOrderId(o.getId());
          paid++;
          becas.event(
              s,
              "PAGO",
              "Pago "
                  + p.getPeriodNo()
                  + " de "
                  + Money.format(p.getAmount())
                  + " abonado a "
                  + Clabe.masked(o.getClabe())
                  + ".",
              actor,
              true);
        }
      } else {
        o.setStatus("RECHAZADA");
        o.setBankReason(
            l.code() + " " + (l.description().isBlank() ? "Rechazada" : l.description()));
        if (!"PAGADO".equals(p.getStatus())) {
          p.setStatus("PENDIENTE");
        }
        rejected++;
        notes.add(
            o.getFolio() + ": rechazada (" + o.getBankReason() + "); el pago queda pendiente");
        becas.event(
            s,
            "PAGO_RECHAZADO",
            "El banco rechazó el pago "
                + p.getPeriodNo()
                + ": "
                + o.getBankReason()
                + ". Pida el cambio de su CLABE desde su solicitud.",
            actor,
            true);
        becas.notify(
            s,
            "Pago de su beca " + s.getFolio() + " rechazado",
            "El banco rechazó el pago "
                + p.getPeriodNo()
                + " a la CLABE "
                + Clabe.masked(o.getClabe())
                + " ("
                + o.getBankReason()
                + "). Registre una CLABE correcta desde su solicitud para recibirlo en la siguiente dispersión.");
      }
    }
    r.setPaid(paid);
    r.setRejected(rejected);
    r.setDuplicates(dup);
    long waiting =
        repo.orderTotals(d.getId()).stream()
            .filter(x -> "EMITIDA".equals(x[0]))
            .mapToLong(x -> (Long) x[1])
            .sum();
    d.setStatus(waiting == 0 ? "CONCILIADA" : "PARCIAL");
    return new ReturnResult(d.getFolio(), f.lines().size(), paid, rejected, dup, notes);
  }

  /** A repeated answer: paid again for a paid order, or rejected again with the same code. */
  private static boolean sameAnswer(BecaOrden o, DispersionLayout.ReturnLine l) {
    return ("PAGADA".equals(o.getStatus()) && l.paid())
        || ("RECHAZADA".equals(o.getStatus()) && !l.paid() && l.code().equals(o.getBankCode()));
  }

  /**
   * The orders the bank never answered are annulled with a reason: their payments are owed again
   * and the next dispersion makes a new attempt. A later "paid" for an annulled order contradicts
   * it and is refused, for the office to settle with the bank.
   */
  public int annulUnanswered(String dispersionFolio, String reason, String actor) {
    BecaDispersion d = repo.lock(BecaDispersion.class, dispersion(dispersionFolio).getId());
    String why = mx.gob.veracruz.common.TwoPersonRule.reason(reason, "motivo-anulacion");
    if ("GENERANDO".equals(d.getStatus())) {
      throw new BusinessRuleException(
          "dispersion-en-curso", "motivo-anulacion", "La dispersión aún se está generando");
    }
    int n = 0;
    long after = 0;
    while (true) {
      List<BecaOrden> page = repo.ordersAfter(d.getId(), after, 500);
      for (BecaOrden o : page) {
        after = o.getId();
        if (!"EMITIDA".equals(o.getStatus())) {
          continue;
        }
        o.setStatus("ANULADA");
        o.setBankReason("Anulada: " + (why.length() > 180 ? why.substring(0, 180) : why));
        BecaPago p = repo.lock(BecaPago.class, o.getPagoId());
        if ("EN_ORDEN".equals(p.getStatus())) {
          p.setStatus("PENDIENTE");
        }
        becas.event(
            repo.find(BecaSolicitud.class, o.getSolicitudId()),
            "ORDEN_ANULADA",
            "La orden "
                + o.getFolio()
                + " se anuló sin respuesta del banco; el pago "
                + p.getPeriodNo()
                + " queda pendiente.",
            actor,
            true);
        n++;
      }
      if (page.size() < 500) {
        break;
      }
    }
    d.setStatus("CONCILIADA");
    return n;
  }

  public DispersionView view(BecaDispersion d) {
    Convocatoria c = repo.find(Convocatoria.class, d.getConvocatoriaId());
    long paid = 0;
    long rejected = 0;
    long waiting = 0;
    for (Object[] t : repo.orderTotals(d.getId())) {
      long n = (Long) t[1];
      switch ((String) t[0]) {
        case "PAGADA" -> paid += n;
        case "RECHAZADA" -> rejected += n;
        default -> waiting += n;
      }
    }
    return new DispersionView(
        d.getFolio(),
        c.getCode(),
        c.getName(),
        d.getPeriodNo(),
        d.getStatus(),
        STATUS.getOrDefault(d.getStatus(), d.getStatus()),
        d.getOrders(),
        d.getTotal(),
        paid,
        rejected,
        waiting,
        d.getFileName(),
        d.getFileSha256(),
        d.getCreatedAt(),
        d.getCreatedBy());
  }

  public OrderRow row(BecaOrden o) {
    BecaSolicitud s = repo.find(BecaSolicitud.class, o.getSolicitudId());
    return new OrderRow(
        o.getFolio(),
        s.getFolio(),
        o.getBeneficiary(),
        Clabe.masked(o.getClabe()),
        o.getAmount(),
        o.getStatus(),
        ORDER_STATUS.getOrDefault(o.getStatus(), o.getStatus()),
        o.getBankReason());
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
