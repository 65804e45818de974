package mx.gob.veracruz.tramites;

import java.io.Serializable;
import java.time.LocalDate;

/** A counter appointment. */
public record CitaView(
    String folio,
    String tramiteCode,
    String tramiteName,
    String officeName,
    String address,
    LocalDate day,
    String slot,
    String applicantName,
    String status,
    String statusLabel)
    implements Serializable {}
