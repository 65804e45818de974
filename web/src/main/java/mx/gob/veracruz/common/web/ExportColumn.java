package mx.gob.veracruz.common.web;

import java.io.Serializable;
import java.util.function.Function;

/**
 * One column of a list export: the bundle key of its header (the same key as the screen's column)
 * and how to read the cell, typed so that XLSX gets numbers, dates and text where each belongs.
 */
public record ExportColumn<T>(String labelKey, Kind kind, Cell<T> cell) implements Serializable {

  /** What a cell holds; decides its XLSX type and format and whether it is neutralised. */
  public enum Kind {
    /** Free text (names, details): neutralised against formula injection. */
    TEXT,
    /** An identifier (clave, CURP, reference, folio): always text, leading zeros kept. */
    IDENTIFIER,
    /** A BigDecimal amount: a number with two decimals. */
    MONEY,
    /** A whole number. */
    INTEGER,
    /** A LocalDate: a date cell. */
    DATE,
    /** An Instant: a date-time cell in the city's time. */
    DATE_TIME
  }

  /** Reads a cell; serializable because view beans (and their models) are. */
  @FunctionalInterface
  public interface Cell<T> extends Function<T, Object>, Serializable {}

  public static <T> ExportColumn<T> text(String labelKey, Cell<T> cell) {
    return new ExportColumn<>(labelKey, Kind.TEXT, cell);
  }

  public static <T> ExportColumn<T> id(String labelKey, Cell<T> cell) {
    return new ExportColumn<>(labelKey, Kind.IDENTIFIER, cell);
  }

  public static <T> ExportColumn<T> money(String labelKey, Cell<T> cell) {
    return new ExportColumn<>(labelKey, Kind.MONEY, cell);
  }

  public static <T> ExportColumn<T> integer(String labelKey, Cell<T> cell) {
    return new ExportColumn<>(labelKey, Kind.INTEGER, cell);
  }

  public static <T> ExportColumn<T> date(String labelKey, Cell<T> cell) {
    return new ExportColumn<>(labelKey, Kind.DATE, cell);
  }

  public static <T> ExportColumn<T> dateTime(String labelKey, Cell<T> cell) {
    return new ExportColumn<>(labelKey, Kind.DATE_TIME, cell);
  }
}
