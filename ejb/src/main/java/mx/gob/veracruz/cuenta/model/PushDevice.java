package mx.gob.veracruz.cuenta.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A device of the app that receives push notifications for an account. */
@Entity
@Table(name = "PUSH_DEVICE")
@NamedQueries({
  @NamedQuery(
      name = "PushDevice.ofAccount",
      query =
          "SELECT d FROM PushDevice d WHERE d.accountId = :account ORDER BY d.registeredAtMillis"),
  @NamedQuery(
      name = "PushDevice.byToken",
      query = "SELECT d FROM PushDevice d WHERE d.pushToken = :token")
})
public class PushDevice {
  @Id
  @TableGenerator(
      name = "PUSH_DEVICE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PUSH_DEVICE",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PUSH_DEVICE")
  @Column(name = "ID")
  private Long id;

  public Long getId() {
    return id;
  }

  @Column(name = "ACCOUNT_ID", nullable = false)
  private Long accountId;

  /** ANDROID, IOS, WEB. */
  @Column(name = "PLATFORM", nullable = false)
  private String platform;

  @Column(name = "PUSH_TOKEN", nullable = false)
  private String pushToken;

  @Column(name = "REGISTERED_AT_MS", nullable = false)
  private long registeredAtMillis;

  public PushDevice() {}

  public PushDevice(Long accountId, String platform, String pushToken, long now) {
    this.accountId = accountId;
    this.platform = platform;
    this.pushToken = pushToken;
    this.registeredAtMillis = now;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform;
  }

  public String getPushToken() {
    return pushToken;
  }

  public long getRegisteredAtMillis() {
    return registeredAtMillis;
  }

  public void setRegisteredAtMillis(long registeredAtMillis) {
    this.registeredAtMillis = registeredAtMillis;
  }
}
