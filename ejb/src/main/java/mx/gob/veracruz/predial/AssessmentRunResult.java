package mx.gob.veracruz.predial;

import java.io.Serializable;

/** What one chunk of the yearly assessment did. */
public record AssessmentRunResult(int assessed, int unchanged, int skippedPaid)
    implements Serializable {}
