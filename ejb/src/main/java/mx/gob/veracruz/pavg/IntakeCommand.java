package mx.gob.veracruz.pavg;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A report, as the portal, the app or the phone line takes it. Only {@code categories}, {@code
 * about}, {@code danger} and {@code narrative} are required: she may stay anonymous. {@code
 * confirmEmail} is where she asked to receive her tracking code (null: no e-mail is sent).
 */
public record IntakeCommand(
    String about,
    List<String> categories,
    LocalDate occurredOn,
    Long coloniaId,
    BigDecimal lat,
    BigDecimal lon,
    String place,
    Boolean danger,
    String narrative,
    String name,
    String victimName,
    String phone,
    String email,
    String contactChannel,
    String contactHours,
    String safeWord,
    String aggressor,
    String confirmEmail,
    String channel)
    implements Serializable {}
