package mx.gob.veracruz.sirc.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import mx.gob.veracruz.sirc.EventKind;
import mx.gob.veracruz.sirc.ReportStatus;

/** One entry of a report's timeline; public ones are what the citizen sees. */
@Entity
@Table(name = "SIRC_EVENT")
@NamedQuery(
    name = "ReportEvent.byReport",
    query = "select e from ReportEvent e where e.reportId = :reportId order by e.atMillis, e.id")
public class ReportEvent {
  @Id
  @TableGenerator(
      name = "SIRC_EVENT",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_EVENT",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_EVENT")
  @Column(name = "ID")
  private Long id;

  @Column(name = "REPORT_ID")
  private Long reportId;

  @Column(name = "AT_MS")
  private long atMillis;

  @Column(name = "ACTOR")
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND")
  private EventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "FROM_STATUS")
  private ReportStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "TO_STATUS")
  private ReportStatus toStatus;

  @Column(name = "PUBLIC_NOTE")
  private boolean publicNote;

  @Column(name = "TEXT")
  private String text;

  public Long getId() {
    return id;
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public long getAtMillis() {
    return atMillis;
  }

  public void setAtMillis(long atMillis) {
    this.atMillis = atMillis;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public EventKind getKind() {
    return kind;
  }

  public void setKind(EventKind kind) {
    this.kind = kind;
  }

  public ReportStatus getFromStatus() {
    return fromStatus;
  }

  public void setFromStatus(ReportStatus fromStatus) {
    this.fromStatus = fromStatus;
  }

  public ReportStatus getToStatus() {
    return toStatus;
  }

  public void setToStatus(ReportStatus toStatus) {
    this.toStatus = toStatus;
  }

  public boolean isPublicNote() {
    return publicNote;
  }

  public void setPublicNote(boolean publicNote) {
    this.publicNote = publicNote;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
