package mx.gob.veracruz.tramites;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.cobros.CobroView;

/** A case as its applicant (without internal notes) or the office sees it. */
public record CaseView(
    String folio,
    String tramiteCode,
    String tramiteName,
    String area,
    int version,
    String applicantName,
    String status,
    String statusLabel,
    Instant filedAt,
    LocalDate dueDate,
    Integer daysLeft,
    String dueExplanation,
    boolean overdue,
    BigDecimal feeAmount,
    CobroView cobro,
    List<Answer> answers,
    List<RequirementState> requirements,
    List<Event> events,
    String prevencionText,
    String resolution,
    String resolutionText,
    Instant resolvedAt,
    String verificationCode)
    implements Serializable {

  /** A form answer with the field's label. */
  public record Answer(String label, String value) implements Serializable {}

  /** A requirement and the documents uploaded for it. */
  public record RequirementState(
      String code, String name, boolean document, boolean required, List<Document> documents)
      implements Serializable {}

  /** An uploaded document with its review. */
  public record Document(
      long id,
      String fileName,
      String contentType,
      int sizeBytes,
      String review,
      String reviewLabel,
      String reviewNote,
      Instant uploadedAt)
      implements Serializable {}

  /** A step of the history. */
  public record Event(
      Instant at, String actor, String kind, String kindLabel, String detail, boolean internal)
      implements Serializable {}

  public boolean resolved() {
    return "RESUELTO".equals(status);
  }
}
