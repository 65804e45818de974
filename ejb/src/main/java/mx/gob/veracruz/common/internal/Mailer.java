package mx.gob.veracruz.common.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.model.Notification;

/**
 * Sends mail through the server's {@code mail/veracruz} session (SMTP from configuration; a local
 * GreenMail sink in demo and tests) and keeps a row per message with its outcome. A mail failure
 * never breaks the business transaction: it is recorded and logged.
 */
@Stateless
@PermitAll
public class Mailer {
  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = "mail/veracruz")
  private Session session;

  @Inject private NotificationRepository notifications;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean send(String to, String subject, String body) {
    Notification n = new Notification(to, subject);
    try {
      MimeMessage m = new MimeMessage(session);
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      m.setSubject(subject, StandardCharsets.UTF_8.name());
      m.setText(body, StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      Transport.send(m);
      n.sent();
    } catch (MessagingException | RuntimeException e) {
      n.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
      LOG.log(
          Level.WARNING,
          "No se pudo enviar el correo {0}: {1}",
          new Object[] {subject, e.toString()});
    }
    notifications.persist(n);
    return n.isSent();
  }

  /**
   * A message whose recipient must not be kept (a PAVG survivor's chosen address): the record says
   * only that a reserved message was sent or failed, and a failure is logged by its type, never by
   * its text (which may quote the address).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendReserved(String to, String subject, String body) {
    Notification n = new Notification("[reservado]", "[reservado]");
    try {
      MimeMessage m = new MimeMessage(session);
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      m.setSubject(subject, StandardCharsets.UTF_8.name());
      m.setText(body, StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      Transport.send(m);
      n.sent();
    } catch (MessagingException | RuntimeException e) {
      n.failed(e.getClass().getSimpleName());
      LOG.log(Level.WARNING, "No se pudo enviar un correo reservado: {0}", e.getClass().getName());
    }
    notifications.persist(n);
    return n.isSent();
  }
}
