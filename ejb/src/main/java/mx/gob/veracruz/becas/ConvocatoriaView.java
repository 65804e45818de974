package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A call as the portal and the console show it. */
public record ConvocatoriaView(
    String code,
    String name,
    String cycle,
    String description,
    BecaRules rules,
    LocalDate opensOn,
    LocalDate closesOn,
    BigDecimal budget,
    int places,
    BigDecimal amount,
    int payments,
    String status,
    String statusLabel,
    boolean acceptingApplications,
    String proposedBy,
    Instant proposedAt,
    String proposalNote,
    String approvedBy,
    Instant approvedAt,
    long applications)
    implements Serializable {
  /** What one beneficiary receives over the cycle. */
  public BigDecimal totalPerBeneficiary() {
    return amount.multiply(BigDecimal.valueOf(payments));
  }

  public boolean published() {
    return "DICTAMINADA".equals(status);
  }
}
