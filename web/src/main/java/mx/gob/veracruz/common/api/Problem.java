package mx.gob.veracruz.common.api;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI per error code; {@code errors} lists the
 * fields at fault for validation problems.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String correlationId,
    List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://veracruz.gob.mx/problemas/";

  /** One invalid field and why. */
  public record FieldError(String field, String code, String message) {}
}
