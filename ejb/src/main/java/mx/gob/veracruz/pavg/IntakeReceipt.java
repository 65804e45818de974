package mx.gob.veracruz.pavg;

import java.io.Serializable;
import java.time.Instant;

/**
 * What she gets after reporting: the folio (for the institute), the tracking code and PIN (shown
 * once; only their hashes are kept) and, when she is in immediate danger, that the on-duty team was
 * alerted. {@code id} is for the audit trail; no page or API shows it.
 */
public record IntakeReceipt(
    Long id, String folio, String code, String pin, boolean danger, Instant receivedAt)
    implements Serializable {}
