package mx.gob.veracruz.common;

import java.io.Serializable;
import java.util.List;

/** One page of a list read from the database, with the total row count for the paginator. */
public record Page<T>(List<T> items, long total) implements Serializable {}
