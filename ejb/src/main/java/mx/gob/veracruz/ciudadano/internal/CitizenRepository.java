package mx.gob.veracruz.ciudadano.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.gob.veracruz.ciudadano.CitizenQuery;
import mx.gob.veracruz.ciudadano.CitizenSummary;
import mx.gob.veracruz.ciudadano.model.Ciudadano;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.PageRequest;

/** Citizen queries, paged in the database (offset + count; filters use indexed columns). */
@ApplicationScoped
public class CitizenRepository {
  /** Sortable columns of the list, by the field names the console sends. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "curp",
          "curp",
          "nombreCompleto",
          "nombreBusqueda",
          "codigoPostal",
          "codigoPostal",
          "id",
          "id");

  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  @Inject private GeographyFacade geography;

  public Page<CitizenSummary> search(CitizenQuery q, PageRequest page) {
    return new Page<>(list(q, page), count(q));
  }

  /** One page of rows, no total. */
  public List<CitizenSummary> list(CitizenQuery q, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CitizenSummary> cq = cb.createQuery(CitizenSummary.class);
    Root<Ciudadano> c = cq.from(Ciudadano.class);
    cq.select(row(cb, c));
    cq.where(filters(cb, c, q));
    String sort =
        SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "nombreBusqueda");
    cq.orderBy(
        page.ascending() || page.sortField() == null ? cb.asc(c.get(sort)) : cb.desc(c.get(sort)),
        cb.asc(c.get("id")));
    Map<Long, String> names = coloniaNames();
    List<CitizenSummary> items =
        em
            .createQuery(cq)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(s -> s.withColonia(names.get(s.coloniaId())))
            .toList();
    return items;
  }

  /**
   * The page after (lastValue, lastId) in the order of {@link #list}: keyset paging for exports.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public List<CitizenSummary> listAfter(
      CitizenQuery q,
      String sortField,
      boolean ascending,
      Object lastValue,
      Long lastId,
      int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CitizenSummary> cq = cb.createQuery(CitizenSummary.class);
    Root<Ciudadano> c = cq.from(Ciudadano.class);
    cq.select(row(cb, c));
    String sort = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "nombreBusqueda");
    boolean asc = ascending || sortField == null;
    List<Predicate> where = new ArrayList<>(List.of(filters(cb, c, q)));
    Predicate after =
        mx.gob.veracruz.common.Pages.after(cb, c.get(sort), c.get("id"), asc, lastValue, lastId);
    if (after != null) {
      where.add(after);
    }
    cq.where(where.toArray(new Predicate[0]));
    cq.orderBy(asc ? cb.asc(c.get(sort)) : cb.desc(c.get(sort)), cb.asc(c.get("id")));
    Map<Long, String> names = coloniaNames();
    return em.createQuery(cq).setMaxResults(size).getResultList().stream()
        .map(s -> s.withColonia(names.get(s.coloniaId())))
        .toList();
  }

  /** A list row (the colonia's name is filled in afterwards, from the cached names). */
  private static jakarta.persistence.criteria.CompoundSelection<CitizenSummary> row(
      CriteriaBuilder cb, Root<Ciudadano> c) {
    return cb.construct(
        CitizenSummary.class,
        c.get("id"),
        c.get("curp"),
        c.get("nombreBusqueda"),
        c.get("coloniaId"),
        cb.nullLiteral(String.class),
        c.get("codigoPostal"),
        c.get("telefono"));
  }

  /** How many rows match, for the paginator. */
  public long count(CitizenQuery q) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Ciudadano> cc = count.from(Ciudadano.class);
    count.select(cb.count(cc)).where(filters(cb, cc, q));
    return em.createQuery(count).getSingleResult();
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<Ciudadano> c, CitizenQuery q) {
    List<Predicate> p = new ArrayList<>();
    if (q != null && q.curp() != null && !q.curp().isBlank()) {
      p.add(
          cb.like(c.get("curp"), Ciudadano.searchKey(q.curp()).replaceAll("[^A-Z0-9]", "") + "%"));
    }
    if (q != null && q.nombre() != null && !q.nombre().isBlank()) {
      // Every word must appear, in any order: "lopez maria" finds "LOPEZ GARCIA MARIA".
      for (String word : Ciudadano.searchKey(q.nombre()).split(" ")) {
        p.add(cb.like(c.get("nombreBusqueda"), "%" + word.replace("%", "").replace("_", "") + "%"));
      }
    }
    if (q != null && q.coloniaId() != null) {
      p.add(cb.equal(c.get("coloniaId"), q.coloniaId()));
    }
    return p.toArray(new Predicate[0]);
  }

  public Optional<Ciudadano> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Ciudadano.class, id));
  }

  public Optional<Ciudadano> findByCurp(String curp) {
    return em
        .createNamedQuery("Ciudadano.findByCurp", Ciudadano.class)
        .setParameter("curp", curp)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** About sixty colonias: names are joined in memory, from the common domain's facade. */
  private Map<Long, String> coloniaNames() {
    return geography.colonias().stream()
        .collect(Collectors.toMap(ColoniaInfo::id, ColoniaInfo::nombre));
  }

  public long count() {
    return em.createNamedQuery("Ciudadano.count", Long.class).getSingleResult();
  }

  public void persist(Ciudadano c) {
    em.persist(c);
    flush();
  }

  /** No flush: a bulk load (the demo citizens) writes at its commit, in JDBC batches. */
  public void persistForBulkLoad(Ciudadano c) {
    em.persist(c);
  }

  /** Detaches everything read or written so far (between a bulk load's transactions). */
  public void clear() {
    em.clear();
  }

  /** Writes now; a concurrent commit or a duplicate CURP becomes a clear 409/422, not a 500. */
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new BusinessRuleException(
          "conflicto-version",
          null,
          "Otra persona modificó este registro mientras lo editaba; vuelva a abrirlo");
    } catch (PersistenceException e) {
      throw new BusinessRuleException(
          "curp-duplicada", "curp", "Ya existe un ciudadano registrado con esa CURP");
    }
  }
}
