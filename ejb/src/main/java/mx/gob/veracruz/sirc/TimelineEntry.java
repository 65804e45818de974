package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a report's timeline. */
public record TimelineEntry(
    Instant at,
    String actor,
    EventKind kind,
    ReportStatus fromStatus,
    ReportStatus toStatus,
    boolean publicNote,
    String text)
    implements Serializable {}
