package mx.gob.veracruz.common;

import java.io.Serializable;

/** Offset, size and sort of a page; {@code sortField} must be one the facade whitelists. */
public record PageRequest(int first, int size, String sortField, boolean ascending)
    implements Serializable {
  public static final int MAX_SIZE = 500;

  public PageRequest {
    if (first < 0) first = 0;
    if (size <= 0 || size > MAX_SIZE) size = Math.min(Math.max(size, 1), MAX_SIZE);
  }
}
