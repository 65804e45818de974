package mx.gob.veracruz.common.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.PageRequest;

/**
 * The export of a console list: the whole filtered result (not the page on screen), with the
 * screen's column labels, streamed to the response as the facade reads it page by page.
 */
public final class ListExport<T> implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ListExport.class.getName());

  /**
   * Reads the whole filtered list in the given order, handing pages to the sink (one facade call).
   */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    long export(PageRequest order, Consumer<List<T>> sink);
  }

  private final String fileName;
  private final Source<T> source;
  private final List<ExportColumn<T>> columns;

  public ListExport(String fileName, Source<T> source, List<ExportColumn<T>> columns) {
    this.fileName = fileName;
    this.source = source;
    this.columns = List.copyOf(columns);
  }

  public List<ExportColumn<T>> columns() {
    return columns;
  }

  /** Writes the export as the response of the current (non-ajax) request. */
  public void write(SheetWriter.Format format, PageRequest order) {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ResourceBundle msg = fc.getApplication().getResourceBundle(fc, "msg");
    List<String> headers = columns.stream().map(c -> msg.getString(c.labelKey())).toList();
    List<ExportColumn.Kind> kinds = columns.stream().map(ExportColumn::kind).toList();
    ec.responseReset();
    ec.setResponseContentType(format.contentType);
    ec.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + fileName
            + "-"
            + LocalDate.now(CityClock.ZONE)
            + "."
            + format.extension
            + "\"");
    ec.setResponseHeader("Cache-Control", "no-store");
    try (SheetWriter out = SheetWriter.open(format, ec.getResponseOutputStream(), headers, kinds)) {
      long rows = source.export(order, page -> page.forEach(row -> writeRow(out, row)));
      LOG.fine(() -> "Exportación " + fileName + " " + format + ": " + rows + " filas");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fc.responseComplete();
  }

  private void writeRow(SheetWriter out, T row) {
    List<Object> values = new ArrayList<>(columns.size());
    for (ExportColumn<T> c : columns) {
      values.add(c.cell().apply(row));
    }
    try {
      out.row(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
