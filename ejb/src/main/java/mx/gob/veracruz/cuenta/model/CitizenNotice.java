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

/** One notice the city sent an account, by one channel, and how it went. */
@Entity
@Table(name = "CITIZEN_NOTICE")
@NamedQueries({
  @NamedQuery(
      name = "CitizenNotice.ofAccount",
      query =
          "SELECT n FROM CitizenNotice n WHERE n.accountId = :account ORDER BY n.sentAtMillis DESC,"
              + " n.id DESC"),
  @NamedQuery(
      name = "CitizenNotice.countOf",
      query = "SELECT COUNT(n) FROM CitizenNotice n WHERE n.accountId = :account")
})
public class CitizenNotice {
  @Id
  @TableGenerator(
      name = "CITIZEN_NOTICE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "CITIZEN_NOTICE",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "CITIZEN_NOTICE")
  @Column(name = "ID")
  private Long id;

  public Long getId() {
    return id;
  }

  @Column(name = "ACCOUNT_ID", nullable = false)
  private Long accountId;

  /** EMAIL, SMS, PUSH. */
  @Column(name = "CHANNEL", nullable = false)
  private String channel;

  @Column(name = "MODULE", nullable = false)
  private String module;

  @Column(name = "SUBJECT", nullable = false)
  private String subject;

  /** ENVIADO, FALLIDO, SIN_DESTINO. */
  @Column(name = "OUTCOME", nullable = false)
  private String outcome;

  @Column(name = "SENT_AT_MS", nullable = false)
  private long sentAtMillis;

  public CitizenNotice() {}

  public CitizenNotice(
      Long accountId, String channel, String module, String subject, String outcome, long now) {
    this.accountId = accountId;
    this.channel = channel;
    this.module = module;
    this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
    this.outcome = outcome;
    this.sentAtMillis = now;
  }

  public String getChannel() {
    return channel;
  }

  public String getModule() {
    return module;
  }

  public String getSubject() {
    return subject;
  }

  public String getOutcome() {
    return outcome;
  }

  public long getSentAtMillis() {
    return sentAtMillis;
  }
}
