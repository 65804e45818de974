package mx.gob.veracruz.ciudadano;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.ciudadano.internal.CitizenRepository;
import mx.gob.veracruz.ciudadano.internal.CitizenRules;
import mx.gob.veracruz.ciudadano.model.Ciudadano;
import mx.gob.veracruz.ciudadano.model.Curp;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Roles;

/** The citizen registry: search, register, edit. Personal data reads are audited. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION})
public class CiudadanoFacade {
  @Inject private CitizenRepository repository;
  @Inject private CitizenRules rules;

  @Audited(action = "ciudadano.buscar", entity = "Ciudadano", read = true)
  public Page<CitizenSummary> search(CitizenQuery query, PageRequest page) {
    return repository.search(query, page);
  }

  /** One page of rows without the total (console lists count separately). */
  @Audited(action = "ciudadano.buscar", entity = "Ciudadano", read = true)
  public List<CitizenSummary> list(CitizenQuery query, PageRequest page) {
    return repository.list(query, page);
  }

  /** How many citizens match: a number, not personal data, so not audited. */
  /** The whole filtered list, page by page to {@code sink}, in one audited read. */
  @Audited(action = "ciudadano.exportar", entity = "Ciudadano", read = true)
  public long export(
      CitizenQuery query,
      PageRequest order,
      java.util.function.Consumer<List<CitizenSummary>> sink) {
    // Keyset pages: the last page of 200,000 citizens costs what the first does.
    return mx.gob.veracruz.common.Pages.forEachAfter(
        (lastValue, lastId, size) ->
            repository.listAfter(
                query, order.sortField(), order.ascending(), lastValue, lastId, size),
        row -> sortValue(row, order.sortField()),
        CitizenSummary::id,
        () -> {},
        sink);
  }

  private static Object sortValue(CitizenSummary row, String sortField) {
    return switch (sortField == null ? "" : sortField) {
      case "curp" -> row.curp();
      case "codigoPostal" -> row.codigoPostal();
      case "id" -> row.id();
      default -> row.nombreCompleto(); // the list's nombreCompleto is the search key it sorts by
    };
  }

  public long count(CitizenQuery query) {
    return repository.count(query);
  }

  @Audited(action = "ciudadano.consultar", entity = "Ciudadano", read = true)
  public CitizenDetail find(Long id) {
    return rules.detail(load(id));
  }

  @Audited(action = "ciudadano.consultar", entity = "Ciudadano", read = true)
  public CitizenDetail findByCurp(String curp) {
    Ciudadano c =
        repository
            .findByCurp(Curp.of(curp).value())
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "no-encontrado", "curp", "No hay un ciudadano con esa CURP"));
    return rules.detail(c);
  }

  @Audited(action = "ciudadano.registrar", entity = "Ciudadano")
  public CitizenDetail register(CitizenCommand command) {
    Ciudadano c = rules.create(command);
    repository.persist(c);
    rules.welcome(c);
    return rules.detail(c);
  }

  @Audited(action = "ciudadano.editar", entity = "Ciudadano")
  public CitizenDetail update(Long id, long version, CitizenCommand command) {
    Ciudadano c = load(id);
    if (c.getVersion() != version) {
      throw new BusinessRuleException(
          "conflicto-version",
          null,
          "Otra persona modificó este registro mientras lo editaba; vuelva a abrirlo");
    }
    rules.apply(c, command);
    repository.flush();
    return rules.detail(c);
  }

  public long count() {
    return repository.count();
  }

  private Ciudadano load(Long id) {
    return repository
        .find(id)
        .orElseThrow(
            () -> new BusinessRuleException("no-encontrado", "id", "El ciudadano no existe"));
  }
}
