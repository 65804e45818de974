package mx.gob.veracruz.common.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import mx.gob.veracruz.common.IdBlocks;

/** The table generators' rows ({@code ID_GEN}), advanced by a block at a time. */
@ApplicationScoped
public class IdBlockRepository {
  @Resource(lookup = "jdbc/veracruz")
  private DataSource ds;

  /** Advances {@code generator} by {@code count} and returns the first id of the block. */
  public long reserve(String generator, int count) {
    try (Connection c = ds.getConnection()) {
      return IdBlocks.reserve(c, generator, count);
    } catch (SQLException e) {
      throw new IllegalStateException("No se pudo reservar ids de " + generator, e);
    }
  }
}
