package mx.gob.veracruz.cobros.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.logging.Logger;
import mx.gob.veracruz.cobros.Bank;
import mx.gob.veracruz.cobros.BankLineResult;
import mx.gob.veracruz.cobros.CheckDigitAlgorithms;
import mx.gob.veracruz.cobros.CobroCommand;
import mx.gob.veracruz.cobros.CobroDestino;
import mx.gob.veracruz.cobros.CobroPagado;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.cobros.GatewayClient;
import mx.gob.veracruz.cobros.PaymentSettings;
import mx.gob.veracruz.cobros.model.Cobro;
import mx.gob.veracruz.cobros.model.CobroStatus;
import mx.gob.veracruz.cobros.model.ConceptoIngreso;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.common.Violations;

/**
 * The rules of a charge: issued once for a module's record, a slip reference that names it, a card
 * charge at the gateway, and one payment whatever the channel, which the issuing module learns in
 * the same transaction.
 */
@ApplicationScoped
public class Cobros {
  private static final Logger LOG = Logger.getLogger(Cobros.class.getName());
  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyMMdd");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private CobrosRepository repo;
  @Inject private FolioFacade folios;
  @Inject private CityClock clock;
  @Inject private PaymentSettings settings;
  @Inject private GatewayClient gateway;
  @Inject private mx.gob.veracruz.cobros.CfdiIssuer cfdiIssuer;
  @Inject private Instance<mx.gob.veracruz.cobros.CashDrawer> drawers;
  @Inject @Any private Instance<CobroDestino> destinos;

  public Cobro issue(CobroCommand c) {
    Violations v = new Violations();
    if (c.module() == null || !c.module().matches("[a-z]{3,16}")) {
      v.add("module", "Módulo no válido");
    }
    if (c.subject() == null || c.subject().isBlank() || c.subject().length() > 40) {
      v.add("subject", "Falta el expediente al que corresponde el cobro");
    }
    ConceptoIngreso concept =
        repo.concept(c.conceptCode()).filter(ConceptoIngreso::isActive).orElse(null);
    if (concept == null) {
      v.add("conceptCode", "Concepto de ingreso no válido: " + c.conceptCode());
    }
    if (c.amount() == null || c.amount().signum() <= 0 || c.amount().scale() > 2) {
      v.add("amount", "El importe debe ser mayor que cero, con dos decimales");
    }
    if (c.payerName() == null || c.payerName().isBlank()) {
      v.add("payerName", "Falta el nombre de quien paga");
    }
    if (c.validDays() < 1 || c.validDays() > 90) {
      v.add("validDays", "La vigencia debe ser de 1 a 90 días");
    }
    v.throwIfAny();
    Cobro cobro = new Cobro();
    cobro.setFolio(folios.next("COB"));
    cobro.setModule(c.module());
    cobro.setSubject(c.subject().trim());
    cobro.setConceptCode(concept.getCode());
    String description =
        c.description() == null || c.description().isBlank()
            ? concept.getName()
            : c.description().trim();
    cobro.setDescription(description.length() > 200 ? description.substring(0, 200) : description);
    cobro.setAmount(c.amount().setScale(2));
    cobro.setPayerName(c.payerName().trim());
    cobro.setPayerRfc(
        c.payerRfc() == null || c.payerRfc().isBlank() ? null : c.payerRfc().trim().toUpperCase());
    cobro.setCuentaId(c.cuentaId());
    cobro.setStatus(CobroStatus.PENDIENTE);
    cobro.setIssuedAt(Instant.now());
    cobro.setValidUntil(clock.today().plusDays(c.validDays()));
    repo.persist(cobro);
    repo.flush();
    return cobro;
  }

  /**
   * The bank slip: the reference is fixed at the first slip (a second slip for another bank would
   * leave a citizen holding a reference nobody collects); an expired one gets a new validity and a
   * new reference.
   */
  public Cobro slip(String folio, String bankCode) {
    Cobro c = pending(folio);
    Bank bank = bank(bankCode);
    LocalDate today = clock.today();
    if (c.getReferencia() != null && !today.isAfter(c.getValidUntil())) {
      if (!c.getBank().equals(bank.code())) {
        throw new BusinessRuleException(
            "ficha-emitida",
            "banco",
            "La ficha de este cobro ya se emitió para "
                + bankName(c.getBank())
                + "; reimprímala para ese banco");
      }
      return c;
    }
    if (today.isAfter(c.getValidUntil())) {
      c.setValidUntil(today.plusDays(10));
    }
    String base = "9" + String.format("%09d", c.getId()) + c.getValidUntil().format(EXPIRY);
    c.setReferencia(base + CheckDigitAlgorithms.byId(bank.algorithm()).checkDigits(base));
    c.setBank(bank.code());
    c.setAlgorithm(bank.algorithm());
    repo.flush();
    return c;
  }

  /** Starts (or resumes) the card payment at the gateway; paid only by its signed callback. */
  public Cobro startCard(String folio, String returnUrl) {
    Cobro c = pending(folio);
    if (c.getChargeId() != null) {
      GatewayClient.Charge g = gateway.find(c.getChargeId());
      if ("pending".equals(g.status())) {
        return c;
      }
      if ("paid".equals(g.status())) {
        throw new BusinessRuleException(
            "pago-en-proceso",
            null,
            "El pago con tarjeta ya fue autorizado; su recibo aparecerá en unos segundos");
      }
    }
    // a fresh key per attempt (a declined charge needs a new one); a retry inside create reuses it
    String key = "cobro-" + c.getFolio() + "-" + HexFormat.of().formatHex(bytes(4));
    GatewayClient.Charge g =
        gateway.create(key, c.getAmount(), c.getFolio(), c.getDescription(), returnUrl);
    c.setChargeId(g.id());
    c.setCheckoutUrl(g.checkoutUrl());
    repo.flush();
    return c;
  }

  /** A gateway callback for a charge: "APLICADO|IGNORADO|ERROR: detail", or null when not ours. */
  public String[] gatewayEvent(
      String type,
      String chargeId,
      BigDecimal amount,
      String currency,
      String authorization,
      Instant paidAt) {
    Cobro c = repo.lockByChargeId(chargeId).orElse(null);
    if (c == null) {
      return null;
    }
    if (!"charge.paid".equals(type)) {
      return new String[] {
        "IGNORADO",
        "Evento " + type + " del cobro " + c.getFolio() + " sin efecto; estado " + c.getStatus()
      };
    }
    if (c.getStatus() == CobroStatus.PAGADO) {
      if (!("pasarela:" + chargeId).equals(c.getExternalKey())) {
        // paid already by another channel (bank slip, counter): this card payment is money to
        // return
        return new String[] {
          "ERROR",
          "El cobro "
              + c.getFolio()
              + " ya estaba pagado por "
              + channelName(c.getChannel())
              + " (recibo "
              + c.getReceiptFolio()
              + "): devolver el cargo "
              + chargeId
        };
      }
      return new String[] {
        "IGNORADO",
        "El cobro " + c.getFolio() + " ya estaba pagado (recibo " + c.getReceiptFolio() + ")"
      };
    }

    if (!"MXN".equals(currency) || amount == null || amount.compareTo(c.getAmount()) != 0) {
      return new String[] {
        "ERROR",
        "El importe "
            + amount
            + " "
            + currency
            + " no es el del cobro "
            + c.getFolio()
            + " ("
            + c.getAmount()
            + " MXN): revisar"
      };
    }
    if (c.getStatus() == CobroStatus.CANCELADO) {
      return new String[] {
        "ERROR", "El cobro " + c.getFolio() + " está cancelado: devolver el cargo"
      };
    }
    pay(
        c,
        "EN_LINEA",
        "Autorización " + authorization + " · cargo " + chargeId,
        "pasarela:" + chargeId,
        paidAt);
    return new String[] {"APLICADO", "Cobro " + c.getFolio() + ", recibo " + c.getReceiptFolio()};
  }

  /** A gateway report line of a charge; null when the charge is not a cobro. */
  public BankLineResult gatewayLine(
      String chargeId, BigDecimal amount, String authorization, Instant paidAt) {
    Cobro c = repo.lockByChargeId(chargeId).orElse(null);
    if (c == null) {
      return null;
    }
    if (amount == null || amount.compareTo(c.getAmount()) != 0) {
      return new BankLineResult(
          "DESCONOCIDA",
          "El importe "
              + amount
              + " no es el del cobro "
              + c.getFolio()
              + " ("
              + c.getAmount()
              + ")",
          null);
    }
    if (c.getStatus() == CobroStatus.PAGADO) {
      if (!("pasarela:" + chargeId).equals(c.getExternalKey())) {
        return new BankLineResult(
            "SOBREPAGO",
            "El cobro "
                + c.getFolio()
                + " ya estaba pagado por "
                + channelName(c.getChannel())
                + " (recibo "
                + c.getReceiptFolio()
                + "): cargo "
                + chargeId
                + " por devolver",
            null);
      }
      return new BankLineResult(
          "CONFIRMADO",
          "Cobro " + c.getFolio() + " aplicado antes por el aviso de la pasarela",
          c.getReceiptFolio());
    }

    if (c.getStatus() == CobroStatus.CANCELADO) {
      return new BankLineResult(
          "SOBREPAGO", "El cobro " + c.getFolio() + " está cancelado: por devolver", null);
    }
    pay(
        c,
        "EN_LINEA",
        "Autorización " + authorization + " · cargo " + chargeId + " (conciliación)",
        "pasarela:" + chargeId,
        paidAt);
    return new BankLineResult(
        "APLICADO",
        "Sin aviso de la pasarela: cobro "
            + c.getFolio()
            + " aplicado por la conciliación (recibo "
            + c.getReceiptFolio()
            + ")",
        c.getReceiptFolio());
  }

  /** A bank line paying a cobro's slip; null when the reference is not a cobro's. */
  public BankLineResult bankLine(
      String reference, String bankCode, BigDecimal amount, Instant paidAt, String authorization) {
    Cobro c = repo.lockByReferencia(reference).orElse(null);
    if (c == null) {
      return null;
    }
    if (!bankCode.equalsIgnoreCase(c.getBank())) {
      return new BankLineResult(
          "MAL_FORMADA",
          "La referencia del cobro "
              + c.getFolio()
              + " se emitió para "
              + c.getBank()
              + ", no para "
              + bankCode,
          null);
    }
    String key = "banco:" + bankCode + ":" + reference + ":" + authorization;
    if (c.getStatus() == CobroStatus.PAGADO) {
      if (key.equals(c.getExternalKey())) {
        // this very line, applied before a restart of its chunk: the same outcome again
        return new BankLineResult(
            "APLICADO",
            "Cobro " + c.getFolio() + ", recibo " + c.getReceiptFolio(),
            c.getReceiptFolio());
      }
      return new BankLineResult(
          "DUPLICADO",
          "El cobro "
              + c.getFolio()
              + " ya fue pagado por "
              + channelName(c.getChannel())
              + " (recibo "
              + c.getReceiptFolio()
              + "): "
              + amount
              + " por devolver",
          c.getReceiptFolio());
    }

    if (c.getStatus() == CobroStatus.CANCELADO) {
      return new BankLineResult(
          "SOBREPAGO",
          "El cobro " + c.getFolio() + " está cancelado: " + amount + " por devolver",
          null);
    }
    LocalDate paidOn = paidAt.atZone(CityClock.ZONE).toLocalDate();
    if (paidOn.isAfter(c.getValidUntil())) {
      return new BankLineResult(
          "VENCIDA",
          "Cobro "
              + c.getFolio()
              + ": pagado el "
              + paidOn
              + ", ficha vigente hasta el "
              + c.getValidUntil(),
          null);
    }
    int cmp = amount.compareTo(c.getAmount());
    if (cmp < 0) {
      // a fee is paid whole: the module's record cannot half-advance
      return new BankLineResult(
          "PARCIAL",
          "Pago incompleto del cobro "
              + c.getFolio()
              + ": "
              + amount
              + " de "
              + c.getAmount()
              + "; no aplicado, por devolver o completar",
          null);
    }
    pay(
        c,
        "BANCO",
        bankName(bankCode) + " · referencia " + reference + " · autorización " + authorization,
        key,
        paidAt);
    if (cmp > 0) {
      return new BankLineResult(
          "SOBREPAGO",
          "Cobro "
              + c.getFolio()
              + " pagado (recibo "
              + c.getReceiptFolio()
              + "); excedente "
              + amount.subtract(c.getAmount())
              + " por devolver",
          c.getReceiptFolio());
    }
    return new BankLineResult(
        "APLICADO",
        "Cobro " + c.getFolio() + ", recibo " + c.getReceiptFolio(),
        c.getReceiptFolio());
  }

  /** Records the one payment of a locked, pending charge and tells the module that issued it. */
  void pay(Cobro c, String channel, String detail, String externalKey, Instant paidAt) {
    c.setStatus(CobroStatus.PAGADO);
    c.setChannel(channel);
    c.setChannelDetail(detail.length() > 200 ? detail.substring(0, 200) : detail);
    c.setExternalKey(externalKey);
    c.setPaidAt(paidAt);
    c.setReceiptFolio(folios.next("RCOB"));
    c.setVerificationCode(HexFormat.of().formatHex(bytes(8)));
    repo.flush(); // the unique external key and receipt folio refuse a twin here
    CobroPagado event =
        new CobroPagado(
            c.getFolio(),
            c.getModule(),
            c.getSubject(),
            c.getReceiptFolio(),
            c.getAmount(),
            paidAt,
            channel);
    boolean told = false;
    for (CobroDestino d : destinos) {
      if (d.module().equals(c.getModule())) {
        d.paid(event);
        told = true;
      }
    }
    if (!told) {
      LOG.warning(
          () -> "Cobro " + c.getFolio() + " pagado sin módulo que lo reciba: " + c.getModule());
    }
  }

  public Cobro pending(String folio) {
    Cobro c =
        repo.lockByFolio(folio)
            .orElseThrow(
                () ->
                    new BusinessRuleException("cobro-no-encontrado", null, "No existe ese cobro"));
    if (c.getStatus() != CobroStatus.PENDIENTE) {
      throw new BusinessRuleException(
          "cobro-no-pendiente",
          null,
          c.getStatus() == CobroStatus.PAGADO
              ? "Este cobro ya está pagado (recibo " + c.getReceiptFolio() + ")"
              : "Este cobro fue cancelado");
    }
    return c;
  }

  /** Paid at the municipal counter, in full: the cashier's name on the receipt. */
  public Cobro payAtCounter(String folio, String cashier) {
    // the cashier's open session first: no open caja, no cash taken (and the cut counts it)
    Long session = drawers.isResolvable() ? drawers.get().openSessionOf(cashier) : null;
    Cobro c = pending(folio);
    c.setCajaSesionId(session);
    if (c.getChargeId() != null) {
      String status = gateway.find(c.getChargeId()).status();
      if ("paid".equals(status) || "pending".equals(status)) {
        throw new BusinessRuleException(
            "pago-en-linea-abierto",
            null,
            "Este cobro tiene un pago con tarjeta "
                + ("paid".equals(status) ? "autorizado" : "en curso")
                + ": no lo cobre en caja"
                + ("paid".equals(status)
                    ? "; su recibo llegará con el aviso de la pasarela"
                    : " hasta que venza o se rechace"));
      }
    }
    // the receipt says where, not who: the cashier is in the audit trail
    pay(c, "CAJA", "Caja municipal", "caja:" + c.getFolio(), clock.now());
    return c;
  }

  /**
   * The CFDI 4.0 of a paid cobro, stamped once (a second request returns the same XML), with its
   * concept's SAT product and unit keys.
   */
  public Cobro byFolioOrFail(String folio) {
    return repo.byFolio(folio == null ? "" : folio.trim().toUpperCase())
        .orElseThrow(
            () -> new BusinessRuleException("cobro-no-encontrado", null, "No existe ese cobro"));
  }

  public String cfdi(String folio, mx.gob.veracruz.cobros.CfdiCommand command) {
    Cobro c =
        repo.lockByFolio(folio)
            .orElseThrow(
                () ->
                    new BusinessRuleException("cobro-no-encontrado", null, "No existe ese cobro"));
    if (c.getCfdiXml() != null) {
      return c.getCfdiXml();
    }
    if (c.getStatus() != CobroStatus.PAGADO) {
      throw new BusinessRuleException("cobro-sin-pago", null, "Solo se factura un cobro pagado");
    }
    mx.gob.veracruz.cobros.CfdiIssuer.checkFiscalData(command);
    mx.gob.veracruz.cobros.CfdiIssuer.Stamped s =
        cfdiIssuer.issue(
            cfdiIssuer.request(
                "COB",
                c.getReceiptFolio(),
                c.getPaidAt(),
                command,
                formaPago(c.getChannel()),
                java.util.List.of(
                    new mx.gob.veracruz.cobros.DocumentLine(c.getDescription(), c.getAmount())),
                c.getAmount(),
                c.getConceptCode()));
    c.setCfdiUuid(s.uuid());
    c.setCfdiXml(s.xml());
    return s.xml();
  }

  /** SAT's c_FormaPago of a channel: cash at the counter, transfer at the bank, card online. */
  static String formaPago(String channel) {
    return switch (channel == null ? "" : channel) {
      case "EN_LINEA" -> "04";
      case "BANCO" -> "03";
      default -> "01";
    };
  }

  static String channelName(String channel) {
    return switch (channel == null ? "" : channel) {
      case "EN_LINEA" -> "tarjeta en línea";
      case "BANCO" -> "ventanilla bancaria";
      case "CAJA" -> "caja municipal";
      default -> "otro canal";
    };
  }

  public void cancel(String folio, String reason) {
    Cobro c = pending(folio);
    c.setStatus(CobroStatus.CANCELADO);
    c.setChannelDetail(
        reason == null
            ? "Cancelado"
            : "Cancelado: " + (reason.length() > 180 ? reason.substring(0, 180) : reason));
  }

  public Bank bank(String code) {
    return settings.banks().stream()
        .filter(b -> b.code().equalsIgnoreCase(code == null ? "" : code))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "banco-desconocido", "banco", "Elija un banco de la lista"));
  }

  String bankName(String code) {
    return settings.banks().stream()
        .filter(b -> b.code().equalsIgnoreCase(code))
        .map(Bank::name)
        .findFirst()
        .orElse(code);
  }

  public CobroView view(Cobro c) {
    String concept =
        repo.concept(c.getConceptCode()).map(ConceptoIngreso::getName).orElse(c.getConceptCode());
    return new CobroView(
        c.getFolio(),
        c.getModule(),
        c.getSubject(),
        c.getConceptCode(),
        concept,
        c.getDescription(),
        c.getAmount(),
        c.getPayerName(),
        c.getStatus().name(),
        c.getValidUntil(),
        c.getReferencia(),
        c.getBank(),
        c.getBank() == null ? null : bankName(c.getBank()),
        c.getChannel(),
        c.getChannelDetail(),
        c.getPaidAt(),
        c.getReceiptFolio(),
        c.getVerificationCode(),
        c.getCfdiUuid());
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
