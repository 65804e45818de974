package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.util.List;

/** A service's question (Open311 attribute): code, type, whether required, its order and values. */
public record QuestionView(
    String code,
    AttributeType datatype,
    boolean required,
    String description,
    String datatypeDescription,
    int order,
    List<Option> values)
    implements Serializable {
  /** One choice of a list question (Open311 {@code key}/{@code name}). */
  public record Option(String key, String name) implements Serializable {}
}
