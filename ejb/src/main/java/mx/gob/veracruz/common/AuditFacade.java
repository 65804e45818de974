package mx.gob.veracruz.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.internal.AuditRepository;

/** Search and verification of the audit trail (auditors and administrators). */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditFacade {
  @Inject private AuditRepository repository;

  public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
    return repository.search(query, page);
  }

  /** One page of entries without the total (the console counts separately). */
  public List<AuditEntry> list(AuditQuery query, PageRequest page) {
    return repository.list(query, page);
  }

  /** The whole filtered trail, page by page to {@code sink}; the export itself is recorded. */
  @Audited(action = "auditoria.exportar", entity = "AuditRecord", read = true)
  public long export(
      AuditQuery query, PageRequest order, java.util.function.Consumer<List<AuditEntry>> sink) {
    return Pages.forEach(order, page -> repository.list(query, page), sink);
  }

  public long count(AuditQuery query) {
    return repository.count(query);
  }

  /** Entries about one entity, newest first (the citizen 360° page's contact history). */
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION})
  public List<AuditEntry> historyOf(String entityType, String entityId, int max) {
    return repository.historyOf(entityType, entityId, max);
  }

  /**
   * Who read or changed one PAVG case, newest first: PAVG's own roles only, and only about PAVG
   * cases (PavgCaseFacade checks that the caller may see the case first).
   */
  @RolesAllowed({Roles.PAVG_SUPERVISOR, Roles.PAVG_ESPECIALISTA})
  public List<AuditEntry> pavgCaseHistory(String caseId, int max) {
    return repository.historyOf("PavgCase", caseId, max);
  }

  @Audited(action = "auditoria.verificar", entity = "AuditChain")
  public ChainVerification verifyChain() {
    return repository.verify();
  }
}
