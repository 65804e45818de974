package mx.gob.veracruz.becas;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.becas.internal.Becas;
import mx.gob.veracruz.becas.internal.BecasRepository;
import mx.gob.veracruz.becas.model.BecaSolicitud;
import mx.gob.veracruz.becas.model.Convocatoria;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.cobros.CobrosBatchFacade;
import mx.gob.veracruz.cobros.PaymentSettings;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CitizenPrincipal;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.cuenta.AccountView;
import mx.gob.veracruz.cuenta.MyAccountFacade;

/**
 * A signed-in citizen's scholarships: check the rules, apply, follow, withdraw, ask for a new
 * CLABE, pay a refund. Only her own applications: another account's folio is "not found".
 */
@Stateless
@RolesAllowed(Roles.CIUDADANO)
public class MyBecasFacade {
  @Resource private SessionContext ctx;
  @Inject private BecasRepository repo;
  @Inject private Becas becas;
  @Inject private MyAccountFacade account;
  @Inject private CobrosBatchFacade cobros;
  @Inject private PaymentSettings payments;

  private long me() {
    Long id = CitizenPrincipal.accountId(ctx.getCallerPrincipal().getName());
    if (id == null) {
      throw new SecurityException("Sin cuenta ciudadana");
    }
    return id;
  }

  public AccountView account() {
    return account.account();
  }

  /** The call's rules applied to what she has typed so far. */
  public EligibilityResult check(ApplicationCommand c) {
    Convocatoria call = becas.call(c.callCode());
    if ("BORRADOR".equals(call.getStatus())) {
      throw new BusinessRuleException(
          "convocatoria-no-encontrada", "convocatoria", "No existe esa convocatoria");
    }
    return becas.check(call, c);
  }

  @Audited(action = "becas.solicitar", entity = "BecaSolicitud")
  public ApplicationView apply(ApplicationCommand c) {
    BecaSolicitud s = becas.file(c, me(), account.account().fullName());
    return becas.view(s, false);
  }

  public List<ApplicationRow> mine() {
    return repo.ofAccount(me()).stream()
        .map(
            s -> {
              Convocatoria c = repo.find(Convocatoria.class, s.getConvocatoriaId());
              return becas.row(s, c.getName(), c.getCode());
            })
        .toList();
  }

  public ApplicationView mine(String folio) {
    return becas.view(own(folio), false);
  }

  @Audited(action = "becas.cancelar", entity = "BecaSolicitud")
  public ApplicationView withdraw(String folio) {
    BecaSolicitud s = repo.lock(BecaSolicitud.class, own(folio).getId());
    becas.withdraw(s);
    return becas.view(s, false);
  }

  @Audited(action = "becas.cambio.solicitar", entity = "BecaSolicitud")
  public ApplicationView requestChange(String folio, String clabe, String reason) {
    BecaSolicitud s = repo.lock(BecaSolicitud.class, own(folio).getId());
    becas.requestChange(s, clabe, reason);
    return becas.view(s, false);
  }

  /** The gateway's checkout for one of her refunds. */
  public String payRefundByCard(String folio, String cobroFolio) {
    return cobros.startCard(
        refund(folio, cobroFolio),
        payments.publicUrl().replaceAll("/+$", "") + "/servicios/pago-retorno");
  }

  public CobroView refundCharge(String folio, String cobroFolio) {
    return cobros.find(refund(folio, cobroFolio));
  }

  public byte[] refundSlipPdf(String folio, String cobroFolio, String bank) {
    String f = refund(folio, cobroFolio);
    cobros.slip(f, bank);
    return cobros.slipPdf(f);
  }

  public List<mx.gob.veracruz.cobros.Bank> refundBanks() {
    return cobros.banks();
  }

  private String refund(String folio, String cobroFolio) {
    BecaSolicitud s = own(folio);
    return repo.refunds(s.getId()).stream()
        .filter(r -> r.getCobroFolio().equals(cobroFolio))
        .findFirst()
        .orElseThrow(
            () -> new BusinessRuleException("cobro-no-encontrado", null, "No existe ese reintegro"))
        .getCobroFolio();
  }

  private BecaSolicitud own(String folio) {
    BecaSolicitud s = becas.solicitud(folio);
    if (s.getCuentaId() != me()) {
      throw new BusinessRuleException("solicitud-no-encontrada", null, "No existe esa solicitud");
    }
    return s;
  }
}
