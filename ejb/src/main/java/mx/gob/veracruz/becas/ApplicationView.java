package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application in full: what she declared, the rules' checks, her place, documents, history,
 * payments, change requests and refunds. The CLABE shows only its last four digits.
 */
public record ApplicationView(
    String folio,
    String callCode,
    String callName,
    String cycle,
    String status,
    String statusLabel,
    String statusReason,
    String studentName,
    String curp,
    String applicantName,
    String levelLabel,
    String schoolName,
    BigDecimal average,
    BigDecimal monthlyIncome,
    int householdMembers,
    BigDecimal incomePerPerson,
    String coloniaName,
    String clabeMasked,
    List<EligibilityResult.Check> checks,
    BigDecimal score,
    Integer rank,
    Instant filedAt,
    List<Doc> documents,
    List<Event> events,
    List<Payment> payments,
    List<Change> changes,
    List<Refund> refunds,
    BigDecimal paidTotal)
    implements Serializable {
  public record Doc(long id, String requirement, String requirementName, String fileName, long size)
      implements Serializable {}

  public record Event(Instant at, String text, String actor) implements Serializable {}

  public record Payment(
      int period,
      BigDecimal amount,
      String status,
      String statusLabel,
      Instant paidAt,
      String detail)
      implements Serializable {}

  public record Change(
      long id,
      String clabeMasked,
      String reason,
      String status,
      String statusLabel,
      Instant requestedAt,
      String decisionNote)
      implements Serializable {}

  public record Refund(
      String cobroFolio,
      BigDecimal amount,
      String reason,
      String status,
      String statusLabel,
      Instant createdAt)
      implements Serializable {}

  public boolean beneficiary() {
    return "BENEFICIARIA".equals(status);
  }
}
