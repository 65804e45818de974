package mx.gob.veracruz.common.web;

import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.PageRequest;

/**
 * A short console list shown whole (no paginator: the pending requests, a day's files, the year's
 * non-working days, the last cash cuts), with the same CSV/XLSX export as the paged lists. The
 * export holds exactly the rows on screen, in the screen's order, with the screen's column labels;
 * a list that can grow without bound belongs in a {@link PagedModel} instead.
 *
 * <p>The page includes {@code /WEB-INF/includes/common/export-buttons.xhtml} with {@code model} set
 * to this list and iterates {@link #getRows()}.
 */
public final class ShownList<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Reads the rows (one facade call); serializable because view beans are. */
  @FunctionalInterface
  public interface Rows<T> extends Serializable {
    List<T> read();
  }

  private final Rows<T> reader;
  private final ListExport<T> export;
  private List<T> rows;

  public ShownList(String fileName, Rows<T> reader, List<ExportColumn<T>> columns) {
    this.reader = reader;
    this.export =
        new ListExport<>(
            fileName,
            (order, sink) -> {
              List<T> shown = getRows();
              sink.accept(shown);
              return shown.size();
            },
            columns);
  }

  /** The rows, read once per view (or after {@link #refresh()}). */
  public List<T> getRows() {
    if (rows == null) {
      rows = List.copyOf(reader.read());
    }
    return rows;
  }

  /** Reads the rows again on next use (after a change the list shows). */
  public void refresh() {
    rows = null;
  }

  public boolean isEmpty() {
    return getRows().isEmpty();
  }

  public void exportCsv() {
    export.write(SheetWriter.Format.CSV, new PageRequest(0, 1, null, true));
  }

  public void exportXlsx() {
    export.write(SheetWriter.Format.XLSX, new PageRequest(0, 1, null, true));
  }
}
