package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.util.List;

/**
 * A service as the catalogue editor sends it: new (its code not yet taken, {@code basedOnVersion}
 * 0) or an edit of the version the editor loaded (a concurrent edit is refused, not overwritten). A
 * list question's values are one {@code key=Nombre} per line.
 */
public record ServiceEdit(
    String code,
    String name,
    String description,
    String keywords,
    String theme,
    String dependencia,
    int slaAmount,
    SlaUnit slaUnit,
    boolean anonymousAllowed,
    boolean active,
    List<Question> questions,
    int basedOnVersion)
    implements Serializable {

  /** One question of the service (an Open311 attribute). */
  public record Question(
      String code,
      AttributeType datatype,
      boolean required,
      String description,
      String datatypeDescription,
      int order,
      String values)
      implements Serializable {}

  /** An editable copy of a published service. */
  public static ServiceEdit of(ServiceView v) {
    return new ServiceEdit(
        v.code(),
        v.name(),
        v.description(),
        v.keywords(),
        v.theme(),
        v.dependencia(),
        v.slaAmount(),
        v.slaUnit(),
        v.anonymousAllowed(),
        v.active(),
        v.questions().stream()
            .map(
                q ->
                    new Question(
                        q.code(),
                        q.datatype(),
                        q.required(),
                        q.description(),
                        q.datatypeDescription(),
                        q.order(),
                        String.join(
                            "\n", q.values().stream().map(o -> o.key() + "=" + o.name()).toList())))
            .toList(),
        v.catalogVersion());
  }
}
