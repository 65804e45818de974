package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.internal.IdBlockRepository;

/**
 * Blocks of ids from the table generators ({@code ID_GEN}) for rows written with plain JDBC (the
 * set-based reconciliation). Each block is taken in its own short transaction, like EclipseLink's
 * own preallocation, so a chunk rolled back leaves a gap but never hands the same id out twice.
 * Open to every caller: it reveals nothing and its callers enforce their own roles.
 */
@Stateless
@PermitAll
public class IdBlockFacade {
  @Inject private IdBlockRepository ids;

  /** Reserves {@code count} consecutive ids of {@code generator}; returns the first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long reserve(String generator, int count) {
    return ids.reserve(generator, count);
  }
}
