package mx.gob.veracruz.cuenta;

import java.io.Serializable;

/**
 * Where to send the browser to sign in with the identity provider, and what its session must keep
 * until it comes back (never in the URL the provider sees: the verifier).
 */
public record OidcStart(String authorizationUrl, String state, String nonce, String verifier)
    implements Serializable {}
