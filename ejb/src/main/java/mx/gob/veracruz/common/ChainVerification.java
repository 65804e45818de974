package mx.gob.veracruz.common;

import java.io.Serializable;

/** Result of checking the whole audit hash chain. */
public record ChainVerification(boolean valid, long checked, Long brokenAtId, String reason)
    implements Serializable {}
