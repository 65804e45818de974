package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.gob.veracruz.cobros.CobrosBatchFacade;
import mx.gob.veracruz.cobros.ConceptView;
import mx.gob.veracruz.cobros.Money;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.tramites.TramiteDefinition;
import mx.gob.veracruz.tramites.TramiteInfo;
import mx.gob.veracruz.tramites.TramiteSummary;
import mx.gob.veracruz.tramites.model.Tramite;
import mx.gob.veracruz.tramites.model.TramiteVersion;

/**
 * The catalogue: a change is a new version (never an edit of an old one), so a case is always read
 * with the definition it was filed under. Versions are immutable, hence safe to cache on every
 * instance of a cluster.
 */
@ApplicationScoped
public class Catalog {
  private final Map<String, TramiteDefinition> versions = new ConcurrentHashMap<>();

  @Inject private TramitesRepository repo;
  @Inject private CobrosBatchFacade cobros;

  public TramiteDefinition definition(Long tramiteId, int version) {
    return versions.computeIfAbsent(
        tramiteId + ":" + version,
        k ->
            TramiteDefinition.parse(
                repo.version(tramiteId, version)
                    .orElseThrow(() -> new IllegalStateException("Falta la versión " + k))
                    .getDefinition()));
  }

  public Tramite tramite(String code) {
    return repo.tramite(code)
        .orElseThrow(
            () ->
                new BusinessRuleException("tramite-no-encontrado", null, "No existe ese trámite"));
  }

  public TramiteInfo info(Tramite t) {
    return info(t, conceptNames());
  }

  /** With the concepts' names read once by the caller (a whole catalogue). */
  public TramiteInfo info(Tramite t, Map<String, String> conceptNames) {
    TramiteDefinition d = definition(t.getId(), t.getCurrentVersion());
    return new TramiteInfo(
        d, t.getCurrentVersion(), t.isActive(), t.getUpdatedAt(), feeTexts(d, conceptNames));
  }

  public Map<String, String> conceptNames() {
    Map<String, String> names = new java.util.HashMap<>();
    for (ConceptView c : cobros.concepts()) {
      names.put(c.code(), c.name());
    }
    return names;
  }

  public TramiteSummary summary(Tramite t) {
    TramiteDefinition d = definition(t.getId(), t.getCurrentVersion());
    String desc =
        d.description().length() > 220 ? d.description().substring(0, 217) + "…" : d.description();
    return new TramiteSummary(
        t.getCode(),
        d.name(),
        d.area(),
        desc,
        d.termDays(),
        d.silence(),
        d.online(),
        feeText(d),
        t.isActive(),
        t.getCurrentVersion());
  }

  static String feeText(TramiteDefinition d) {
    if (d.free()) {
      return "Gratuito";
    }
    if (d.fees().stream().anyMatch(TramiteDefinition.Fee::computed)) {
      return "Según "
          + d.fees().stream()
              .filter(TramiteDefinition.Fee::computed)
              .map(f -> f.description() == null ? "la cuota" : f.description().toLowerCase())
              .findFirst()
              .orElse("la cuota");
    }
    return Money.format(
        d.fees().stream()
            .map(TramiteDefinition.Fee::amount)
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
  }

  List<String> feeTexts(TramiteDefinition d, Map<String, String> names) {
    return d.fees().stream()
        .map(
            f ->
                (f.description() == null
                        ? names.getOrDefault(f.concept(), f.concept())
                        : f.description())
                    + ": "
                    + (f.computed()
                        ? Money.format(f.perUnit())
                            + " por unidad de «"
                            + label(d, f.field())
                            + "»"
                            + (f.minimum() == null ? "" : ", mínimo " + Money.format(f.minimum()))
                        : Money.format(f.amount()))
                    + " ("
                    + names.getOrDefault(f.concept(), f.concept())
                    + ")")
        .toList();
  }

  private static String label(TramiteDefinition d, String field) {
    return d.form().stream()
        .filter(f -> f.name().equals(field))
        .map(TramiteDefinition.Field::label)
        .findFirst()
        .orElse(field);
  }

  /** Saves a definition as the next version (a new procedure when the code is new). */
  public Tramite save(TramiteDefinition d, String user, String note) {
    d.validate();
    var concepts = cobros.concepts().stream().map(ConceptView::code).toList();
    for (TramiteDefinition.Fee f : d.fees()) {
      if (!concepts.contains(f.concept())) {
        throw new BusinessRuleException(
            "concepto-desconocido", "fees", "Concepto de ingreso no válido: " + f.concept());
      }
    }
    if (d.byAppointment()
        && repo.office(d.office())
            .filter(mx.gob.veracruz.tramites.model.Oficina::isActive)
            .isEmpty()) {
      throw new BusinessRuleException(
          "oficina-desconocida", "office", "Oficina no válida: " + d.office());
    }
    Instant now = Instant.now();
    Tramite t = repo.lockTramite(d.code()).orElse(null);
    if (t == null) {
      t = new Tramite();
      t.setCode(d.code());
      t.setActive(true);
      t.setCurrentVersion(0);
    } else if (definition(t.getId(), t.getCurrentVersion()).equals(d)) {
      throw new BusinessRuleException("sin-cambios", null, "No hay cambios que guardar");
    }
    t.setName(d.name());
    t.setArea(d.area());
    t.setOnline(d.online());
    String search =
        Normalize.searchable(
            d.name()
                + " "
                + d.area()
                + " "
                + d.description()
                + " "
                + String.join(
                    " ",
                    d.requirements().stream().map(TramiteDefinition.Requirement::name).toList()));
    t.setSearchText(search.length() > 2000 ? search.substring(0, 2000) : search);
    t.setCurrentVersion(t.getCurrentVersion() + 1);
    t.setUpdatedAt(now);
    if (t.getId() == null) {
      repo.persist(t);
    }
    TramiteVersion v = new TramiteVersion();
    v.setTramiteId(t.getId());
    v.setVersionNo(t.getCurrentVersion());
    v.setDefinition(d.toJson());
    v.setCreatedAt(now);
    v.setCreatedBy(user);
    v.setNote(
        note == null || note.isBlank()
            ? null
            : note.length() > 300 ? note.substring(0, 300) : note.trim());
    repo.persist(v);
    repo.flush();
    return t;
  }
}
