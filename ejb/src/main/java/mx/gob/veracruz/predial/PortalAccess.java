package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the portal and the app get after proving they know the predio: a signed, short-lived token
 * and the statement.
 */
public record PortalAccess(String token, Instant expiresAt, Statement statement)
    implements Serializable {}
