package mx.gob.veracruz.common.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The table generators' rows ({@code ID_GEN}), advanced by a block at a time. */
@ApplicationScoped
public class IdBlockRepository {
  @Resource(lookup = "jdbc/veracruz")
  private DataSource ds;

  /**
   * Advances {@code generator} by {@code count} and returns the first id of the block. The update
   * comes first, so its row lock orders concurrent callers (EclipseLink's preallocation included)
   * before any of them reads the value.
   */
  public long reserve(String generator, int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count " + count);
    }
    try (Connection c = ds.getConnection()) {
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
    } catch (SQLException e) {
      throw new IllegalStateException("No se pudo reservar ids de " + generator, e);
    }
  }
}
