package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.internal.AuditRepository;

/**
 * The nightly audit-chain check, for the batch runtime (which carries no caller identity). It
 * returns only validity, a count and a record id (no personal data); only the batch module may
 * depend on this class (ArchUnit in web).
 */
@Stateless
@PermitAll
public class AuditBatchFacade {
  @Inject private AuditRepository repository;

  @Audited(action = "auditoria.verificar.nocturna", entity = "AuditChain")
  public ChainVerification verifyChain() {
    return repository.verify();
  }
}
