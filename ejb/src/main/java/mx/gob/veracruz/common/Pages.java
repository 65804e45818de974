package mx.gob.veracruz.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a whole filtered list page by page from the database, handing each page to a sink and
 * keeping nothing: the export of every console list (200,000 predios) runs in constant memory.
 * Called inside one facade transaction, so the walk reads one consistent snapshot on InnoDB.
 */
public final class Pages {
  /** Rows per database page while exporting. */
  public static final int EXPORT_PAGE = PageRequest.MAX_SIZE;

  private Pages() {}

  /** Returns the number of rows handed to the sink, in the order {@code order} asks for. */
  public static <T> long forEach(
      PageRequest order, Function<PageRequest, List<T>> loader, Consumer<List<T>> sink) {
    long handed = 0;
    int first = 0;
    while (true) {
      List<T> rows =
          loader.apply(new PageRequest(first, EXPORT_PAGE, order.sortField(), order.ascending()));
      if (!rows.isEmpty()) {
        sink.accept(rows);
        handed += rows.size();
      }
      if (rows.size() < EXPORT_PAGE) {
        return handed;
      }
      first += rows.size();
    }
  }
}
