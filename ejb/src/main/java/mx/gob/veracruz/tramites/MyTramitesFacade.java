package mx.gob.veracruz.tramites;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.cobros.Bank;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.cobros.CobrosBatchFacade;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CitizenPrincipal;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.Violations;
import mx.gob.veracruz.cuenta.AccountView;
import mx.gob.veracruz.cuenta.MyAccountFacade;
import mx.gob.veracruz.tramites.internal.Cases;
import mx.gob.veracruz.tramites.internal.Catalog;
import mx.gob.veracruz.tramites.internal.TramitesRepository;
import mx.gob.veracruz.tramites.model.Expediente;

/**
 * A signed-in citizen's procedures: file from the catalogue's form, pay, answer a prevención,
 * download the resolution. Only her own cases: another account's folio is "not found".
 */
@Stateless
@RolesAllowed(Roles.CIUDADANO)
public class MyTramitesFacade {
  @Resource private SessionContext ctx;
  @Inject private TramitesRepository repo;
  @Inject private Catalog catalog;
  @Inject private Cases cases;
  @Inject private mx.gob.veracruz.tramites.internal.Citas citas;
  @Inject private CobrosBatchFacade cobros;
  @Inject private MyAccountFacade account;
  @Inject private mx.gob.veracruz.cobros.PaymentSettings payments;

  private long me() {
    Long id = CitizenPrincipal.accountId(ctx.getCallerPrincipal().getName());
    if (id == null) {
      throw new SecurityException("Sin cuenta ciudadana");
    }
    return id;
  }

  /** What the form fills in from her account (only what the definition asks to prefill). */
  public Map<String, String> prefill(String code) {
    TramiteDefinition d = catalog.info(catalog.tramite(code)).definition();
    AccountView a = account.account();
    Map<String, String> m = new HashMap<>();
    for (TramiteDefinition.Field f : d.form()) {
      if (f.prefill() == null) {
        continue;
      }
      String v =
          switch (f.prefill()) {
            case "nombre" -> a.fullName();
            case "curp" -> a.curp();
            case "email" -> a.email();
            case "telefono" -> a.phone();
            default -> null;
          };
      if (v != null) {
        m.put(f.name(), v);
      }
    }
    return m;
  }

  /** The fee these answers would pay (the form shows it as she types). */
  public BigDecimal fee(String code, Map<String, String> answers) {
    TramiteDefinition d = catalog.info(catalog.tramite(code)).definition();
    Map<String, String> valid = cases.validAnswers(d, answers, new Violations());
    return d.feeFor(valid);
  }

  @Audited(action = "tramites.presentar", entity = "Expediente")
  public CaseView file(FilingCommand c) {
    var t = catalog.tramite(c.code());
    TramiteDefinition d = catalog.definition(t.getId(), t.getCurrentVersion());
    Expediente e =
        cases.file(
            t,
            d,
            t.getCurrentVersion(),
            me(),
            account.account().fullName(),
            c.answers(),
            c.uploads());
    return cases.view(e, t, false);
  }

  public List<CaseRow> mine() {
    var today = java.time.LocalDate.now(mx.gob.veracruz.common.CityClock.ZONE);
    return repo.ofAccount(me(), 200).stream()
        .map(
            e -> {
              boolean review =
                  e.getStatus() == mx.gob.veracruz.tramites.model.ExpedienteStatus.EN_REVISION;
              return new CaseRow(
                  e.getFolio(),
                  catalog.definition(e.getTramiteId(), e.getVersionNo()).name(),
                  e.getApplicantName(),
                  e.getStatus().name(),
                  Cases.statusLabel(e.getStatus().name()),
                  e.getFiledAt(),
                  review ? e.getDueDate() : null,
                  review && e.getDueDate() != null && e.getDueDate().isBefore(today));
            })
        .toList();
  }

  public CaseView myCase(String folio) {
    Expediente e = own(folio);
    return cases.view(
        e, repo.find(mx.gob.veracruz.tramites.model.Tramite.class, e.getTramiteId()), false);
  }

  /**
   * The gateway's checkout for her fee; the gateway sends her back to the portal's public payment
   * page (never an address from the request), which follows the charge by its id.
   */
  public String payByCard(String folio) {
    return cobros.startCard(
        cobroOf(own(folio)),
        payments.publicUrl().replaceAll("/+$", "") + "/servicios/pago-retorno");
  }

  public CobroView slip(String folio, String bank) {
    return cobros.slip(cobroOf(own(folio)), bank);
  }

  public byte[] slipPdf(String folio) {
    return cobros.slipPdf(cobroOf(own(folio)));
  }

  public byte[] receiptPdf(String folio) {
    return cobros.receiptPdf(cobroOf(own(folio)));
  }

  /** The CFDI 4.0 of her paid fee, with her fiscal data (blank RFC: público en general). */
  @Audited(action = "tramites.cfdi", entity = "Expediente")
  public String cfdi(String folio, mx.gob.veracruz.cobros.CfdiCommand command) {
    return cobros.cfdi(cobroOf(own(folio)), command);
  }

  public List<Bank> banks() {
    return cobros.banks();
  }

  @Audited(action = "tramites.subsanar", entity = "Expediente")
  public CaseView answer(String folio, String text, List<Upload> uploads) {
    Expediente e = ownLocked(folio);
    cases.subsanar(e, text, uploads, me());
    return cases.view(
        e, repo.find(mx.gob.veracruz.tramites.model.Tramite.class, e.getTramiteId()), false);
  }

  public DocumentFile resolution(String folio) {
    Expediente e = own(folio);
    if (e.getResolutionPdf() == null) {
      throw new BusinessRuleException(
          "sin-resolucion", null, "El expediente aún no tiene resolución");
    }
    return new DocumentFile(
        "resolucion-" + e.getFolio() + ".pdf", "application/pdf", e.getResolutionPdf());
  }

  // ---- citas

  public OfficeView officeOf(String code) {
    var o = citas.officeOf(catalog.info(catalog.tramite(code)).definition());
    return mx.gob.veracruz.tramites.internal.Citas.officeView(o);
  }

  public List<java.time.LocalDate> appointmentDays(String code) {
    return citas.days(citas.officeOf(catalog.info(catalog.tramite(code)).definition()));
  }

  public List<SlotView> appointmentSlots(String code, java.time.LocalDate day) {
    return citas.slots(citas.officeOf(catalog.info(catalog.tramite(code)).definition()), day);
  }

  @Audited(action = "tramites.cita.reservar", entity = "Cita")
  public CitaView book(String code, java.time.LocalDate day, String slot) {
    var t = catalog.tramite(code);
    var c =
        citas.book(
            t,
            catalog.definition(t.getId(), t.getCurrentVersion()),
            day,
            slot,
            me(),
            account.account().fullName());
    return citas.view(c);
  }

  public List<CitaView> myAppointments() {
    return repo
        .citasOf(me(), java.time.LocalDate.now(mx.gob.veracruz.common.CityClock.ZONE).minusDays(30))
        .stream()
        .map(citas::view)
        .toList();
  }

  @Audited(action = "tramites.cita.cancelar", entity = "Cita")
  public CitaView cancelAppointment(String folio) {
    var c =
        repo.cita(folio, true)
            .filter(x -> x.getCuentaId() == me())
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "cita-no-encontrada", null, "No existe esa cita en su cuenta"));
    citas.cancel(c, me());
    return citas.view(c);
  }

  private String cobroOf(Expediente e) {
    if (e.getCobroFolio() == null) {
      throw new BusinessRuleException("sin-cobro", null, "Este trámite es gratuito");
    }
    return e.getCobroFolio();
  }

  private Expediente own(String folio) {
    return repo.expediente(folio)
        .filter(e -> e.getCuentaId() == me())
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "expediente-no-encontrado", null, "No existe ese expediente en su cuenta"));
  }

  private Expediente ownLocked(String folio) {
    own(folio);
    return repo.lockExpediente(folio).orElseThrow();
  }
}
