package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.util.List;

/** A service of the catalogue as citizens, clerks and Open311 clients see it. */
public record ServiceView(
    String code,
    String name,
    String description,
    String keywords,
    String theme,
    String dependencia,
    String dependenciaNombre,
    int slaAmount,
    SlaUnit slaUnit,
    boolean anonymousAllowed,
    boolean active,
    int catalogVersion,
    List<QuestionView> questions)
    implements Serializable {
  /** Open311 {@code metadata}: whether the service has questions to answer. */
  public boolean hasQuestions() {
    return !questions.isEmpty();
  }
}
