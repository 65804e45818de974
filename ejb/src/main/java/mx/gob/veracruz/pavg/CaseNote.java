package mx.gob.veracruz.pavg;

import java.io.Serializable;

/**
 * One addition to a case's record. {@code kind} is a {@link PavgCodes.EntryKind}; {@code code} the
 * measure, institution or close reason; {@code ground} a referral's legal ground.
 */
public record CaseNote(String kind, String code, String ground, String text)
    implements Serializable {}
