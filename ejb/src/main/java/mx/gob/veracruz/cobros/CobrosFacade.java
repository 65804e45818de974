package mx.gob.veracruz.cobros;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import mx.gob.veracruz.cobros.internal.CobroDocuments;
import mx.gob.veracruz.cobros.internal.Cobros;
import mx.gob.veracruz.cobros.internal.CobrosRepository;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Pages;
import mx.gob.veracruz.common.Roles;

/**
 * The treasury's side of every module's charges: the list (paged, exported), a receipt again, and
 * payment at the municipal counter. AUDITOR reads.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
public class CobrosFacade {
  @Resource private SessionContext ctx;
  @Inject private CobrosRepository repo;
  @Inject private Cobros cobros;
  @Inject private CobroDocuments documents;

  public List<CobroView> list(CobroFilter f, PageRequest page) {
    return repo.search(f, page).stream().map(cobros::view).toList();
  }

  public long count(CobroFilter f) {
    return repo.count(f);
  }

  @Audited(action = "cobros.exportar", entity = "Cobro", read = true)
  public long export(CobroFilter f, PageRequest order, Consumer<List<CobroView>> sink) {
    return Pages.forEach(order, p -> list(f, p), sink);
  }

  public byte[] receiptPdf(String folio) {
    return documents.receipt(find(folio));
  }

  /** Cash or card at the counter, the whole amount; the issuing module advances at once. */
  /** The CFDI of a paid charge, at the taxpayer's request at the treasury's window. */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS})
  @Audited(action = "cobros.cfdi.emitir", entity = "Cobro")
  public CobroView cfdi(String folio, CfdiCommand command) {
    cobros.cfdi(folio, command);
    return cobros.view(cobros.byFolioOrFail(folio));
  }

  /** The stamped CFDI's XML, to hand to the taxpayer. */
  @Audited(action = "cobros.cfdi.descargar", entity = "Cobro", read = true)
  public String cfdiXml(String folio) {
    String xml = cobros.byFolioOrFail(folio).getCfdiXml();
    if (xml == null) {
      throw new mx.gob.veracruz.common.BusinessRuleException(
          "cfdi-no-emitido", null, "Este cobro aún no tiene CFDI");
    }
    return xml;
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS})
  @Audited(action = "cobros.caja.cobrar", entity = "Cobro")
  public CobroView payAtCounter(String folio) {
    return cobros.view(cobros.payAtCounter(folio, ctx.getCallerPrincipal().getName()));
  }

  private CobroView find(String folio) {
    return cobros.view(
        repo.byFolio(folio)
            .orElseThrow(
                () ->
                    new BusinessRuleException("cobro-no-encontrado", null, "No existe ese cobro")));
  }
}
