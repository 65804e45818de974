package mx.gob.veracruz.common;

import java.io.Serializable;

/**
 * Whose items a contributor may return: the signed-in account and, once verified, its CURP (null
 * until then).
 */
public record CitizenScope(long accountId, String verifiedCurp) implements Serializable {}
