package mx.gob.veracruz.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Blocks of ids from the table generators ({@code ID_GEN}) for rows written with plain JDBC: the
 * demo loaders on their own connection, {@link IdBlockFacade} in a transaction of its own.
 */
public final class IdBlocks {
  private IdBlocks() {}

  /**
   * Advances {@code generator} by {@code count} on {@code c} and returns the first id of the block.
   * The update comes first, so its row lock orders concurrent callers (EclipseLink's preallocation
   * included) before any of them reads the value.
   */
  public static long reserve(Connection c, String generator, long count) throws SQLException {
    if (count < 0) {
      throw new IllegalArgumentException("count " + count);
    }
    try (PreparedStatement u =
        c.prepareStatement("UPDATE ID_GEN SET GEN_VALUE = GEN_VALUE + ? WHERE GEN_NAME = ?")) {
      u.setLong(1, count);
      u.setString(2, generator);
      if (u.executeUpdate() != 1) {
        throw new IllegalStateException("Generador de ids desconocido: " + generator);
      }
    }
    try (PreparedStatement s =
        c.prepareStatement("SELECT GEN_VALUE FROM ID_GEN WHERE GEN_NAME = ?")) {
      s.setString(1, generator);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) - count + 1;
      }
    }
  }
}
