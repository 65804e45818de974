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
 * The lazy model of every console list: each page (and the count) comes from a paged facade query,
 * so no list is ever held in memory. Filters live in the view bean, read by the loader. The export
 * (CSV/XLSX, {@link #exportable}) walks the same filtered query in the order on screen.
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
  private ListExport<T> export;
  private String sortField;
  private List<T> page = List.of();
  private boolean ascending;

  /** PrimeFaces asks {@code count} first and then {@code load}: one COUNT and one page query. */
  public PagedModel(Loader<T> loader, Counter counter, Key<T> key, boolean ascendingByDefault) {
    this.loader = loader;
    this.counter = counter;
    this.key = key;
    this.ascendingByDefault = ascendingByDefault;
    this.ascending = ascendingByDefault;
  }

  /** Makes the list exportable: the whole filtered result, in the order on screen. */
  public PagedModel<T> exportable(
      String fileName, ListExport.Source<T> source, List<ExportColumn<T>> columns) {
    this.export = new ListExport<>(fileName, source, columns);
    return this;
  }

  /** Action of the list's CSV button (non-ajax). */
  public void exportCsv() {
    export.write(SheetWriter.Format.CSV, new PageRequest(0, 1, sortField, ascending));
  }

  /** Action of the list's XLSX button (non-ajax). */
  public void exportXlsx() {
    export.write(SheetWriter.Format.XLSX, new PageRequest(0, 1, sortField, ascending));
  }

  public boolean isExportable() {
    return export != null;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) counter.count();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
    ascending = sort == null ? ascendingByDefault : sort.getOrder() != SortOrder.DESCENDING;
    sortField = sort == null ? null : sort.getField();
    page = loader.load(new PageRequest(first, pageSize, sortField, ascending));
    return page;
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  /** A row of the page on screen (checkbox selection, e.g. bulk assignment); null if not there. */
  @Override
  public T getRowData(String rowKey) {
    return page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
