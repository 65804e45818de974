package mx.gob.veracruz.cuenta.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.cuenta.AccountView;
import mx.gob.veracruz.cuenta.DeviceView;
import mx.gob.veracruz.cuenta.MyAccountFacade;
import mx.gob.veracruz.cuenta.NoticeView;
import mx.gob.veracruz.cuenta.Preferences;

/**
 * The citizen's notification preferences, their app's devices and the history of notices ({@code
 * /mi/avisos.xhtml}); also signing out every device.
 */
@Named
@ViewScoped
public class PreferenciasView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private MyAccountFacade facade;

  private boolean email;
  private boolean sms;
  private boolean push;
  private String phone;
  private List<DeviceView> devices;
  private PagedModel<NoticeView> notices;

  @PostConstruct
  void load() {
    AccountView a = facade.account();
    email = a.notifyEmail();
    sms = a.notifySms();
    push = a.notifyPush();
    phone = a.phone();
    devices = facade.devices();
    MyAccountFacade f = facade;
    notices =
        new PagedModel<>(
            page -> f.notices(page.first(), page.size()).items(),
            () -> f.notices(0, 1).total(),
            n -> n.sentAt().toEpochMilli() + n.channel() + n.subject(),
            false);
  }

  public void save() {
    try {
      facade.updatePreferences(new Preferences(email, sms, push, phone));
      Messages.info("mi.avisos.guardado");
    } catch (BusinessRuleException e) {
      Messages.error(e, "prefs-form:");
    }
  }

  public void remove(long id) {
    try {
      facade.removeDevice(id);
      devices = facade.devices();
      Messages.info("mi.dispositivos.quitado");
    } catch (BusinessRuleException e) {
      Messages.error(e, "devices-form:");
    }
  }

  public void signOutEverywhere() {
    facade.signOutEverywhere();
    Messages.info("mi.salirTodo.ok");
  }

  public boolean isEmail() {
    return email;
  }

  public void setEmail(boolean email) {
    this.email = email;
  }

  public boolean isSms() {
    return sms;
  }

  public void setSms(boolean sms) {
    this.sms = sms;
  }

  public boolean isPush() {
    return push;
  }

  public void setPush(boolean push) {
    this.push = push;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public List<DeviceView> getDevices() {
    return devices;
  }

  public PagedModel<NoticeView> getNotices() {
    return notices;
  }
}
