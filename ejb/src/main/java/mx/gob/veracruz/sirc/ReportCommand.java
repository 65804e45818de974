package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A new report: the service, where (a point, or an address whose point the citizen confirmed), what
 * and who. Contact fields are optional where the service allows anonymous reports; answers are
 * keyed by question code (several values for a multiple-choice question). {@code channel} is a
 * channel code (TELEFONO, VENTANILLA, CHAT for staff; the portal and the API set theirs). Photos
 * come prepared ({@link SircPublicFacade#preparePhoto}): checked and re-encoded when uploaded.
 */
public record ReportCommand(
    String serviceCode,
    BigDecimal lat,
    BigDecimal lon,
    String address,
    String description,
    Map<String, List<String>> answers,
    String channel,
    String curp,
    String email,
    String phone,
    String firstName,
    String lastName,
    String deviceId,
    String mediaUrl,
    List<PhotoUpload> photos)
    implements Serializable {}
