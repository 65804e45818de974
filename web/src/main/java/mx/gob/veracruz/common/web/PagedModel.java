package mx.gob.veracruz.common.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The lazy model of every console list: each page (and the count) comes from a paged facade
 * query, so no list is ever held in memory. Filters live in the view bean, read by the loader.
 */
public class PagedModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** One page from a facade; serializable because view beans are (cluster-ready sessions). */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    List<T> load(PageRequest page);
  }

  /** The number of matching rows, from a COUNT query. */
  @FunctionalInterface
  public interface Counter extends Serializable {
    long count();
  }

  /** The row key (the record's id). */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Loader<T> loader;
  private final Counter counter;
  private final Key<T> key;
  private final boolean ascendingByDefault;

  /** PrimeFaces asks {@code count} first and then {@code load}: one COUNT and one page query. */
  public PagedModel(Loader<T> loader, Counter counter, Key<T> key, boolean ascendingByDefault) {
    this.loader = loader;
    this.counter = counter;
    this.key = key;
    this.ascendingByDefault = ascendingByDefault;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) counter.count();
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
    boolean ascending = sort == null ? ascendingByDefault : sort.getOrder() != SortOrder.DESCENDING;
    return loader.load(new PageRequest(first, pageSize, sort == null ? null : sort.getField(), ascending));
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return null; // rows are not selected; actions receive the id
  }
}
