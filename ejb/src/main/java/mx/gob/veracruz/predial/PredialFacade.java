package mx.gob.veracruz.predial;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.predial.internal.Owners;
import mx.gob.veracruz.predial.internal.PredialRepository;
import mx.gob.veracruz.predial.internal.PredialViews;
import mx.gob.veracruz.predial.internal.StatementService;
import mx.gob.veracruz.predial.model.Beneficio;
import mx.gob.veracruz.predial.model.ClaveCatastral;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Propietario;
import mx.gob.veracruz.predial.model.Referencia;

/**
 * The finance office's view of the cadastre: predios, statements, payments, discount registrations.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION})
public class PredialFacade {
  /** Who may hold the 50 % discount (Código Hacendario Municipal; verify). */
  public static final List<String> BENEFIT_TYPES =
      List.of("PENSIONADO", "ADULTO_MAYOR", "DISCAPACIDAD", "MADRE_JEFA");

  @Inject private PredialRepository repo;
  @Inject private PredialViews views;
  @Inject private StatementService statements;
  @Inject private CityClock clock;
  @Resource private SessionContext ctx;

  @Audited(action = "predial.buscar", entity = "Predio", read = true)
  public List<PredioSummary> list(PredioQuery query, PageRequest page) {
    return repo.search(query, page).stream().map(views::summary).toList();
  }

  /** The whole filtered list, page by page to {@code sink} (keyset pages), in one audited read. */
  @Audited(action = "predial.exportar", entity = "Predio", read = true)
  public long export(
      PredioQuery query, PageRequest order, java.util.function.Consumer<List<PredioSummary>> sink) {
    // Pages are read as entities: each is detached, or the persistence context grows to the city.
    return mx.gob.veracruz.common.Pages.forEachAfter(
        (lastValue, lastId, size) ->
            repo
                .searchAfter(query, order.sortField(), order.ascending(), lastValue, lastId, size)
                .stream()
                .map(views::summary)
                .toList(),
        row -> sortValue(row, order.sortField()),
        PredioSummary::id,
        repo::clear,
        sink);
  }

  private static Object sortValue(PredioSummary row, String sortField) {
    return switch (sortField == null ? "" : sortField) {
      case "propietarios" -> row.propietarios();
      case "zona" -> row.zona();
      case "id" -> row.id();
      default -> row.claveCatastral();
    };
  }

  public long count(PredioQuery query) {
    return repo.count(query);
  }

  @Audited(action = "predial.consultar", entity = "Predio", read = true)
  public PredioDetail find(Long id) {
    return views.detail(repo.predio(id));
  }

  public Long idOf(String claveCatastral) {
    return repo.predio(ClaveCatastral.of(claveCatastral)).getId();
  }

  @Audited(action = "predial.estado-cuenta", entity = "Predio", read = true)
  public Statement statement(Long predioId, LocalDate asOf) {
    return statements.statement(repo.predio(predioId), StatementService.statementDate(asOf, clock));
  }

  @Audited(action = "predial.pagos.consultar", entity = "Predio", read = true)
  public List<PaymentView> payments(Long predioId) {
    return repo.list(Pago.class, "Pago.byPredio", "predioId", predioId).stream()
        .map(views::payment)
        .toList();
  }

  @Audited(action = "predial.formatos.consultar", entity = "Predio", read = true)
  public List<SlipView> slips(Long predioId) {
    String clave = repo.predio(predioId).getClaveCatastral();
    return repo.list(Referencia.class, "Referencia.byPredio", "predioId", predioId).stream()
        .map(r -> views.slip(r, clave))
        .toList();
  }

  /** The predios a citizen owns (citizen 360° panel), each with what it owes today. */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION, Roles.CAPTURISTA})
  @Audited(action = "predial.predios-ciudadano", entity = "Predio", read = true)
  public List<Statement> ownedBy(Long ciudadanoId, String curp) {
    List<Propietario> owned =
        new java.util.ArrayList<>(
            repo.list(Propietario.class, "Propietario.byCiudadano", "ciudadanoId", ciudadanoId));
    if (curp != null) {
      repo.list(Propietario.class, "Propietario.byCurp", "curp", curp).stream()
          .filter(o -> owned.stream().noneMatch(x -> x.getId().equals(o.getId())))
          .forEach(owned::add);
    }
    return owned.stream()
        .map(o -> statements.statement(repo.predio(o.getPredioId()), clock.today()))
        .toList();
  }

  /**
   * Registers the 50 % discount for an owner's home, with the supporting document. One property per
   * person: the unique index on the active CURP refuses a second one even under concurrency.
   */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS})
  @Audited(action = "predial.beneficio.registrar", entity = "Beneficio")
  public BenefitView registerBenefit(Long predioId, String curp, String tipo, String documento) {
    Predio p = repo.predio(predioId);
    String c = mx.gob.veracruz.ciudadano.Curps.normalize(curp);
    if (!BENEFIT_TYPES.contains(tipo)) {
      throw new BusinessRuleException("beneficio-tipo", "tipo", "Tipo de beneficio no válido");
    }
    if (documento == null || documento.isBlank()) {
      throw new BusinessRuleException(
          "beneficio-documento",
          "documento",
          "Indique el documento que acredita el beneficio (folio de la credencial, dictamen, etc.)");
    }
    boolean owner =
        repo.list(Propietario.class, "Propietario.byPredio", "predioId", p.getId()).stream()
            .anyMatch(o -> c.equals(o.getCurp()));
    if (!owner) {
      throw new BusinessRuleException(
          "beneficio-no-propietario", "curp", "La CURP no es de un propietario del predio");
    }
    if (tipo.equals("ADULTO_MAYOR")
        && mx.gob.veracruz.ciudadano.Curps.birthDate(c).plusYears(60).isAfter(clock.today())) {
      throw new BusinessRuleException(
          "beneficio-edad",
          "curp",
          "Según la fecha de nacimiento de la CURP la persona aún no cumple 60 años");
    }
    repo.one(Beneficio.class, "Beneficio.activeByCurp", "curp", c)
        .ifPresent(
            b -> {
              throw new BusinessRuleException(
                  "beneficio-duplicado",
                  "curp",
                  "Esta persona ya tiene el descuento registrado en otro predio (solo aplica a uno)");
            });
    Beneficio b = new Beneficio();
    b.setPredioId(p.getId());
    b.setCurp(c);
    b.setActiveCurp(c);
    b.setTipo(tipo);
    b.setDocumento(documento.trim());
    b.setRegisteredBy(ctx.getCallerPrincipal().getName());
    b.setRegisteredAt(Instant.now());
    repo.persist(b);
    repo.flush();
    return PredialViews.benefit(b);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS})
  @Audited(action = "predial.beneficio.revocar", entity = "Beneficio")
  public void revokeBenefit(Long benefitId, String reason) {
    Beneficio b = repo.find(Beneficio.class, benefitId);
    if (b == null || b.getActiveCurp() == null) {
      throw new BusinessRuleException(
          "beneficio-no-activo", null, "El beneficio no existe o ya fue revocado");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleException("motivo-requerido", "motivo", "Indique el motivo");
    }
    b.setActiveCurp(null);
    b.setRevokedBy(ctx.getCallerPrincipal().getName());
    b.setRevokedAt(Instant.now());
    b.setRevokeReason(reason.trim());
  }

  static String masked(String curp) {
    return Owners.maskCurp(curp);
  }
}
