package mx.gob.veracruz.cuenta;

import java.io.Serializable;

/**
 * The app's tokens (OAuth 2.0 names): a JWT access token valid {@code expiresIn} seconds and a
 * refresh token used once.
 */
public record TokenPair(
    String accessToken,
    String tokenType,
    long expiresIn,
    String refreshToken,
    long refreshExpiresIn)
    implements Serializable {}
