package mx.gob.veracruz.cuenta;

import java.io.Serializable;
import java.time.Instant;

/** A device of the app registered for push; the token is shown only by its end. */
public record DeviceView(long id, String platform, String tokenEnd, Instant registeredAt)
    implements Serializable {}
