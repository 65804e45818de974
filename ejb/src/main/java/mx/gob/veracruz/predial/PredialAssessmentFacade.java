package mx.gob.veracruz.predial;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.predial.internal.AssessmentService;
import mx.gob.veracruz.predial.internal.PredialRepository;

/**
 * The yearly assessment, called by the {@code predial-assessment} batch job's reader and writer
 * inside the chunk transaction. The batch runtime has no caller principal; the job itself can only
 * be started through JobControl, which is restricted to finance roles.
 */
@Stateless
@PermitAll
public class PredialAssessmentFacade {
  @Inject private PredialRepository repo;
  @Inject private AssessmentService assessment;

  /** Keyset page of predio ids after {@code lastId} (restart-safe reader position). */
  public List<Long> predioIdsAfter(long lastId, int limit) {
    return repo.idsAfter(lastId, limit);
  }

  public AssessmentRunResult assess(List<Long> predioIds, int fiscalYear, Long jobExecutionId) {
    return assessment.assess(predioIds, fiscalYear, jobExecutionId);
  }
}
