package mx.gob.veracruz.cuenta;

import java.io.Serializable;

/**
 * How a citizen wants to be told: by e-mail, SMS (to {@code phone}) and push (to their devices).
 */
public record Preferences(boolean email, boolean sms, boolean push, String phone)
    implements Serializable {}
