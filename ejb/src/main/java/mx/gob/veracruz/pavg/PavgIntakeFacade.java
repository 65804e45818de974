package mx.gob.veracruz.pavg;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import mx.gob.veracruz.common.AccessThrottle;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CallContext;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.InvalidInputException;
import mx.gob.veracruz.common.NotificationFacade;
import mx.gob.veracruz.common.OrganizationFacade;
import mx.gob.veracruz.common.Passwords;
import mx.gob.veracruz.common.RateLimiter;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.TooManyAttemptsException;
import mx.gob.veracruz.pavg.PavgCodes.About;
import mx.gob.veracruz.pavg.PavgCodes.CaseStatus;
import mx.gob.veracruz.pavg.PavgCodes.Channel;
import mx.gob.veracruz.pavg.PavgCodes.ContactChannel;
import mx.gob.veracruz.pavg.PavgCodes.EntryKind;
import mx.gob.veracruz.pavg.PavgCodes.ViolenceType;
import mx.gob.veracruz.pavg.internal.Cases;
import mx.gob.veracruz.pavg.internal.PavgRepository;
import mx.gob.veracruz.pavg.internal.PavgSettings;
import mx.gob.veracruz.pavg.model.PavgAssignment;
import mx.gob.veracruz.pavg.model.PavgCase;
import mx.gob.veracruz.pavg.model.PavgDuty;
import mx.gob.veracruz.pavg.model.PavgEntry;

/**
 * What anyone may do without an account: report (anonymously or not) and follow her own case with
 * the tracking code and PIN she was given. A report of immediate danger is assigned at once to the
 * on-duty team, who are alerted without any content in the message.
 */
@Stateless
@PermitAll
public class PavgIntakeFacade {
  private static final Logger LOG = Logger.getLogger(PavgIntakeFacade.class.getName());
  static final int REPORTS_PER_MINUTE_PER_ADDRESS = 5;
  static final int FOLLOW_FAILURES = 5;
  static final Duration FOLLOW_WINDOW = Duration.ofMinutes(15);
  static final String NO_MATCH =
      "El código o el NIP no corresponden. Revise ambos e intente de nuevo.";

  @Inject private PavgRepository repo;
  @Inject private Cases cases;
  @Inject private PavgSettings settings;
  @Inject private FolioFacade folios;
  @Inject private Passwords passwords;
  @Inject private GeographyFacade geography;
  @Inject private OrganizationFacade organization;
  @Inject private NotificationFacade notifications;
  @Inject private AccessThrottle throttle;
  @Inject private RateLimiter rates;
  @Inject private CityClock clock;
  @Inject private mx.gob.veracruz.common.AuditTrail audit;

  /** The emergency numbers and the neutral texts of the public pages. */
  public Map<String, String> publicTexts() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("telefonos", settings.emergencyNumbers());
    m.put("titulo", settings.entryTitle());
    m.put("texto", settings.entryText());
    m.put("salida", settings.exitUrl());
    return m;
  }

  @Audited(action = "pavg.reportar", entity = "PavgCase")
  public IntakeReceipt report(IntakeCommand c) {
    long wait =
        rates.hit("pavg-reporte:" + CallContext.clientAddress(), REPORTS_PER_MINUTE_PER_ADDRESS);
    if (wait > 0) {
      throw new TooManyAttemptsException(wait);
    }
    Validated v = validate(c);
    long now = clock.now().toEpochMilli();
    String code = Cases.newCode();
    String pin = Cases.newPin();
    PavgCase k = new PavgCase();
    k.setFolio(folios.next("PAVG"));
    k.setTrackingHash(mx.gob.veracruz.pavg.internal.Hashes.sha256(Cases.normalizeCode(code)));
    k.setPinHash(passwords.hash(pin.toCharArray()));
    k.setStatus(CaseStatus.RECIBIDO.name());
    k.setChannel(v.channel);
    k.setAbout(v.about);
    k.setCategories(Cases.categories(v.categories));
    k.setOccurredOn(c.occurredOn());
    k.setColoniaId(v.coloniaId);
    k.setDanger(Boolean.TRUE.equals(c.danger()));
    k.setReceivedAtMillis(now);
    k.setProtectionDueMillis(now + settings.protectionHours() * 3_600_000L);
    k.setUpdatedAtMillis(now);
    k.setKeyId("-");
    k.setSealed("-");
    repo.persist(k);
    cases.seal(k, v.content);
    if (k.isDanger()) {
      alertOnDuty(k, now);
    }
    if (v.confirmEmail != null) {
      notifications.sendReserved(
          v.confirmEmail,
          "Su código de seguimiento",
          "Código de seguimiento: "
              + code
              + "\n\nPor su seguridad este correo no incluye su NIP. Consulte el estado de su"
              + " solicitud en la página de seguimiento con el código y el NIP que le mostramos."
              + "\n\n"
              + settings.emergencyNumbers());
    }
    return new IntakeReceipt(
        k.getId(), k.getFolio(), code, pin, k.isDanger(), Instant.ofEpochMilli(now));
  }

  /** Every specialist on duty gets the case and a message with its folio and clock only. */
  private void alertOnDuty(PavgCase k, long now) {
    List<String> onDuty = repo.onDuty().stream().map(PavgDuty::getUsername).toList();
    if (onDuty.isEmpty()) {
      LOG.warning(
          () -> "Reporte PAVG con peligro inmediato " + k.getFolio() + " sin personal de guardia");
    }
    var staff = organization.staffWithRole(Roles.PAVG_ESPECIALISTA);
    for (String user : onDuty) {
      PavgAssignment a = new PavgAssignment();
      a.setCaseId(k.getId());
      a.setUsername(user);
      a.setAssignedAtMillis(now);
      a.setAssignedBy("guardia");
      a.setActive(true);
      repo.persist(a);
      staff.stream()
          .filter(s -> s.username().equals(user) && s.email() != null)
          .findFirst()
          .ifPresent(
              s ->
                  notifications.send(
                      s.email(),
                      "PAVG: peligro inmediato " + k.getFolio(),
                      "Se recibió un reporte con peligro inmediato: "
                          + k.getFolio()
                          + ".\nOrden de protección a más tardar: "
                          + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                              .format(
                                  Instant.ofEpochMilli(k.getProtectionDueMillis())
                                      .atZone(CityClock.ZONE))
                          + ".\nÁbralo en la consola (PAVG, bandeja)."));
    }
    if (!onDuty.isEmpty()) {
      k.setStatus(CaseStatus.EN_ATENCION.name());
    }
  }

  /**
   * Her case by code and PIN; a wrong pair and an unknown code answer alike, throttled. The read is
   * audited with the case's id (the arguments hold none).
   */
  public FollowUp follow(String code, String pin) {
    PavgCase k = authenticate(code, pin);
    audit.record(
        "sobreviviente",
        "pavg.seguimiento.consultar",
        "PavgCase",
        String.valueOf(k.getId()),
        mx.gob.veracruz.common.AuditOutcome.READ,
        null);
    List<FollowUp.Message> messages = new ArrayList<>();
    for (PavgEntry e : repo.entries(k.getId())) {
      boolean toHer = EntryKind.MENSAJE_A_ELLA.name().equals(e.getKind());
      boolean fromHer = EntryKind.MENSAJE_DE_ELLA.name().equals(e.getKind());
      if (toHer || fromHer) {
        messages.add(
            new FollowUp.Message(
                Instant.ofEpochMilli(e.getAtMillis()), fromHer, cases.open(e).get("text")));
      }
    }
    return new FollowUp(
        k.getFolio(),
        k.getStatus(),
        Instant.ofEpochMilli(k.getReceivedAtMillis()),
        Instant.ofEpochMilli(k.getUpdatedAtMillis()),
        messages);
  }

  /** She adds something to her case (sealed like everything she wrote). */
  @Audited(action = "pavg.seguimiento.mensaje", entity = "PavgCase")
  public FollowUp addMessage(String code, String pin, String text) {
    PavgCase k = authenticate(code, pin);
    String t = text == null ? "" : text.strip();
    if (t.length() < 2 || t.length() > 2000) {
      throw new BusinessRuleException(
          "mensaje-invalido", "text", "Escriba de 2 a 2,000 caracteres");
    }
    if (CaseStatus.CERRADO.name().equals(k.getStatus())) {
      throw new BusinessRuleException(
          "caso-cerrado",
          "text",
          "Su solicitud se cerró; si necesita ayuda, haga un reporte nuevo");
    }
    long now = clock.now().toEpochMilli();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("text", t);
    cases.entry(k.getId(), EntryKind.MENSAJE_DE_ELLA.name(), "sobreviviente", now, f);
    k.setUpdatedAtMillis(now);
    return follow(code, pin);
  }

  private PavgCase authenticate(String code, String pin) {
    String normalized = Cases.normalizeCode(code);
    String hash = mx.gob.veracruz.pavg.internal.Hashes.sha256(normalized);
    List<AccessThrottle.Limit> limits =
        List.of(
            new AccessThrottle.Limit(
                "pavg-codigo:" + hash.substring(0, 16), FOLLOW_FAILURES, FOLLOW_WINDOW),
            new AccessThrottle.Limit(
                "pavg-ip:" + CallContext.clientAddress(), FOLLOW_FAILURES * 4, FOLLOW_WINDOW));
    throttle.check(limits);
    PavgCase k = normalized.length() == 10 ? repo.byTracking(hash).orElse(null) : null;
    boolean ok =
        k != null
            && pin != null
            && pin.matches("[0-9]{6}")
            && passwords.verify(pin.toCharArray(), k.getPinHash());
    if (!ok) {
      throttle.recordFailure(limits);
      throw new BusinessRuleException("seguimiento-invalido", "code", NO_MATCH);
    }
    return k;
  }

  // ---- validation ------------------------------------------------------------------------------

  private record Validated(
      String about,
      List<String> categories,
      Long coloniaId,
      String channel,
      Map<String, String> content,
      String confirmEmail) {}

  private static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$";

  private Validated validate(IntakeCommand c) {
    List<InvalidInputException.Violation> v = new ArrayList<>();
    About about = PavgCodes.parse(About.class, c.about());
    if (about == null) {
      v.add(viol("about", "Indique si le pasó a usted o a otra persona"));
    }
    List<String> cats = new ArrayList<>();
    if (c.categories() == null || c.categories().isEmpty()) {
      v.add(viol("categories", "Elija al menos un tipo de violencia"));
    } else {
      for (String s : c.categories()) {
        ViolenceType t = PavgCodes.parse(ViolenceType.class, s);
        if (t == null) {
          v.add(viol("categories", "Tipo de violencia desconocido"));
          break;
        }
        cats.add(t.name());
      }
    }
    if (c.danger() == null) {
      v.add(viol("danger", "Indique si está en peligro ahora"));
    }
    String narrative = trim(c.narrative());
    if (narrative == null || narrative.length() < 10) {
      v.add(viol("narrative", "Cuéntenos qué pasó (al menos 10 caracteres)"));
    } else if (narrative.length() > 4000) {
      v.add(viol("narrative", "El relato admite hasta 4,000 caracteres"));
    }
    LocalDate today = clock.today();
    if (c.occurredOn() != null
        && (c.occurredOn().isAfter(today) || c.occurredOn().isBefore(today.minusYears(30)))) {
      v.add(viol("occurredOn", "La fecha no puede ser futura ni de hace más de 30 años"));
    }
    Long colonia = c.coloniaId();
    if (colonia != null && geography.colonia(colonia).isEmpty()) {
      v.add(viol("coloniaId", "Elija una colonia de la lista"));
    }
    if ((c.lat() == null) != (c.lon() == null)) {
      v.add(viol("lat", "Indique latitud y longitud, o ninguna"));
    } else if (c.lat() != null) {
      var located = geography.locate(c.lat().doubleValue(), c.lon().doubleValue());
      if (located.isEmpty()) {
        v.add(viol("lat", "El punto está fuera del municipio"));
      } else if (colonia == null) {
        colonia = located.get().id();
      }
    }
    String phone = trim(c.phone());
    if (phone != null) {
      phone = phone.replaceAll("[\\s().-]", "");
      if (!phone.matches("\\+?[0-9]{10,13}")) {
        v.add(viol("phone", "Escriba un teléfono de 10 dígitos"));
      }
    }
    String email = trim(c.email());
    if (email != null && (!email.matches(EMAIL) || email.length() > 200)) {
      v.add(viol("email", "Escriba un correo válido"));
    }
    String confirm = trim(c.confirmEmail());
    if (confirm != null && (!confirm.matches(EMAIL) || confirm.length() > 200)) {
      v.add(viol("confirmEmail", "Escriba un correo válido, o deje el campo vacío"));
    }
    ContactChannel cc = null;
    if (trim(c.contactChannel()) != null) {
      cc = PavgCodes.parse(ContactChannel.class, c.contactChannel());
      if (cc == null) {
        v.add(viol("contactChannel", "Elija cómo podemos contactarla"));
      } else if (cc == ContactChannel.LLAMADA || cc == ContactChannel.MENSAJE) {
        if (phone == null) {
          v.add(viol("phone", "Para llamarle o escribirle necesitamos un teléfono"));
        }
      } else if (cc == ContactChannel.CORREO && email == null) {
        v.add(viol("email", "Para escribirle necesitamos un correo"));
      }
    }
    length(v, "name", c.name(), 200, "El nombre");
    length(v, "victimName", c.victimName(), 200, "El nombre");
    length(v, "contactHours", c.contactHours(), 120, "El horario");
    length(v, "safeWord", c.safeWord(), 60, "La palabra de seguridad");
    length(v, "place", c.place(), 300, "El lugar");
    length(v, "aggressor", c.aggressor(), 500, "La descripción");
    Channel ch = PavgCodes.parse(Channel.class, c.channel());
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", trim(c.name()));
    f.put("victimName", trim(c.victimName()));
    f.put("phone", phone);
    f.put("email", email);
    f.put("contactChannel", cc == null ? null : cc.name());
    f.put("contactHours", trim(c.contactHours()));
    f.put("safeWord", trim(c.safeWord()));
    f.put("place", trim(c.place()));
    f.put(
        "lat",
        c.lat() == null
            ? null
            : c.lat().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
    f.put(
        "lon",
        c.lon() == null
            ? null
            : c.lon().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
    f.put("aggressor", trim(c.aggressor()));
    f.put("narrative", narrative);
    f.put("riskYes", "");
    return new Validated(
        about.name(), cats, colonia, ch == null ? Channel.PORTAL.name() : ch.name(), f, confirm);
  }

  private static void length(
      List<InvalidInputException.Violation> v, String field, String value, int max, String what) {
    if (value != null && value.strip().length() > max) {
      v.add(viol(field, what + " admite hasta " + max + " caracteres"));
    }
  }

  private static InvalidInputException.Violation viol(String field, String message) {
    return new InvalidInputException.Violation(field, "invalido", message);
  }

  static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
