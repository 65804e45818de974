package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.internal.Mailer;

/** Mail to citizens and staff; every message is recorded with its outcome (see Mailer). */
@Stateless
@PermitAll
public class NotificationFacade {
  @Inject private Mailer mailer;

  /** Sends a plain-text mail; false (and a log line) when the SMTP server refused it. */
  public boolean send(String to, String subject, String body) {
    return mailer.send(to, subject, body);
  }

  /** A mail whose recipient and subject are not recorded (see {@code Mailer.sendReserved}). */
  public boolean sendReserved(String to, String subject, String body) {
    return mailer.sendReserved(to, subject, body);
  }
}
