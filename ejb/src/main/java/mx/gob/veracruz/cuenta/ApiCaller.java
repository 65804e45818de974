package mx.gob.veracruz.cuenta;

import java.io.Serializable;
import java.util.Set;

/**
 * Who a bearer token speaks for: a citizen account ({@code cuenta:<id>}, group CIUDADANO) or a
 * staff user through an API token (the token's scopes: some of the user's roles). {@code bucket}
 * and {@code ratePerMinute} are the rate limit it counts against.
 */
public record ApiCaller(String name, Set<String> groups, String bucket, int ratePerMinute)
    implements Serializable {}
