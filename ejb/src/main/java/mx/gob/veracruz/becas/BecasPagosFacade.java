package mx.gob.veracruz.becas;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import mx.gob.veracruz.becas.internal.BecasRepository;
import mx.gob.veracruz.becas.internal.Disbursements;
import mx.gob.veracruz.becas.model.BecaDispersion;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Pages;
import mx.gob.veracruz.common.Roles;

/**
 * The finance office's side of becas: dispersions (prepared here, written by the job {@code
 * becas-dispersion}), their bank files, orders, and the bank's return files. FINANZAS and ADMIN
 * act; SUPERVISOR and AUDITOR read.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.FINANZAS, Roles.SUPERVISOR, Roles.AUDITOR})
public class BecasPagosFacade {
  @Resource private SessionContext ctx;
  @Inject private BecasRepository repo;
  @Inject private Disbursements disbursements;

  /** Prepares a dispersion; the caller then starts {@link DispersionJob} with its folio. */
  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "becas.dispersion.preparar", entity = "BecaDispersion")
  public DispersionView prepare(String callCode, Integer period) {
    return disbursements.view(
        disbursements.prepare(callCode, period, ctx.getCallerPrincipal().getName()));
  }

  public List<DispersionView> dispersions(int first, int max) {
    return repo.dispersions(first, Math.min(max, 200)).stream().map(disbursements::view).toList();
  }

  public long countDispersions() {
    return repo.countDispersions();
  }

  public DispersionView dispersion(String folio) {
    return disbursements.view(disbursements.dispersion(folio));
  }

  public List<OrderRow> orders(String folio, PageRequest page) {
    BecaDispersion d = disbursements.dispersion(folio);
    return repo.ordersPage(d.getId(), page.first(), page.size()).stream()
        .map(disbursements::row)
        .toList();
  }

  public long countOrders(String folio) {
    return disbursements.dispersion(folio).getOrders();
  }

  @Audited(action = "becas.ordenes.exportar", entity = "BecaDispersion", read = true)
  public long exportOrders(String folio, PageRequest order, Consumer<List<OrderRow>> sink) {
    return Pages.forEach(order, p -> orders(folio, p), sink);
  }

  /** The bank file, as written by the job (its full CLABEs: the download is audited). */
  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "becas.dispersion.archivo", entity = "BecaDispersion", read = true)
  public DocumentFile file(String folio) {
    BecaDispersion d = disbursements.dispersion(folio);
    if (d.getFileContent() == null) {
      throw new mx.gob.veracruz.common.BusinessRuleException(
          "archivo-no-listo", null, "El archivo aún no está listo");
    }
    return new DocumentFile(d.getFileName(), "text/plain", d.getFileContent());
  }

  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "becas.dispersion.retorno", entity = "BecaDispersion")
  public ReturnResult applyReturn(String folio, String fileName, byte[] content) {
    return disbursements.applyReturn(folio, fileName, content, ctx.getCallerPrincipal().getName());
  }

  /** Annuls the orders the bank never answered; their payments are owed again. */
  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "becas.dispersion.anular", entity = "BecaDispersion")
  public int annulUnanswered(String folio, String reason) {
    return disbursements.annulUnanswered(folio, reason, ctx.getCallerPrincipal().getName());
  }

  /** Calls whose results are published (those that can be paid): code and name. */
  public List<String[]> payableCalls() {
    return repo.calls(false, 0, 200).stream()
        .filter(c -> "DICTAMINADA".equals(c.getStatus()))
        .map(c -> new String[] {c.getCode(), c.getName() + " (" + c.getPayments() + " pagos)"})
        .toList();
  }
}
