package mx.gob.veracruz.cuenta.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.CitizenNotifications;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.NotificationFacade;
import mx.gob.veracruz.cuenta.model.CitizenAccount;
import mx.gob.veracruz.cuenta.model.CitizenNotice;
import mx.gob.veracruz.cuenta.model.PushDevice;

/**
 * Tells an account by the channels it chose: e-mail through the mail service, SMS and push through
 * their gateways ({@link MessageGateways}: the provider's HTTP API, a local sandbox in demo and
 * tests); each attempt is a row of the account's notice history.
 */
@ApplicationScoped
public class AccountNotifications implements CitizenNotifications {
  @Inject private AccountRepository repo;
  @Inject private NotificationFacade mail;
  @Inject private MessageGateways gateways;
  @Inject private CityClock clock;

  @Override
  public boolean notify(long accountId, String module, String subject, String body) {
    CitizenAccount a = repo.account(accountId).orElse(null);
    if (a == null || !Accounts.ACTIVE.equals(a.getStatus())) {
      return false;
    }
    long now = clock.now().toEpochMilli();
    if (a.isNotifyEmail()) {
      boolean sent = mail.send(a.getEmail(), subject, body);
      repo.persist(
          new CitizenNotice(
              a.getId(), "EMAIL", module, subject, sent ? "ENVIADO" : "FALLIDO", now));
    }
    if (a.isNotifySms() && a.getPhone() != null) {
      boolean sent = gateways.sms(a.getPhone(), subject);
      repo.persist(
          new CitizenNotice(a.getId(), "SMS", module, subject, sent ? "ENVIADO" : "FALLIDO", now));
    }
    if (a.isNotifyPush()) {
      List<PushDevice> devices = repo.devices(a.getId());
      boolean sent = !devices.isEmpty();
      for (PushDevice d : devices) {
        sent &= gateways.push(d.getPlatform(), d.getPushToken(), subject, body);
      }
      repo.persist(
          new CitizenNotice(
              a.getId(),
              "PUSH",
              module,
              subject,
              devices.isEmpty() ? "SIN_DESTINO" : sent ? "ENVIADO" : "FALLIDO",
              now));
    }
    return true;
  }
}
