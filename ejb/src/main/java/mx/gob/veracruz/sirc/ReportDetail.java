package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.util.List;

/** A report as staff see it: the public view, the contact, the answers, the whole timeline. */
public record ReportDetail(
    Long id,
    PublicReport report,
    String dependencia,
    String crew,
    String assignee,
    mx.gob.veracruz.sirc.ReportChannel channel,
    int serviceVersion,
    String contactName,
    String contactEmail,
    String contactPhone,
    String curp,
    List<Answer> answers,
    List<TimelineEntry> timeline,
    List<ReportAction> actions,
    boolean overdue,
    List<PublicReport> possibleDuplicates,
    int photoCount)
    implements Serializable {
  /** A question as it was asked and what the citizen answered. */
  public record Answer(String code, String question, String answer) implements Serializable {}
}
