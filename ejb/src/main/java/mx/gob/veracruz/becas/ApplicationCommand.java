package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An application as the portal or the app sends it. {@code coloniaId} 0 means the household lives
 * outside the municipality; null, that she has not said.
 */
public record ApplicationCommand(
    String callCode,
    String studentCurp,
    String studentName,
    String level,
    String schoolName,
    BigDecimal average,
    BigDecimal monthlyIncome,
    Integer householdMembers,
    Long coloniaId,
    String clabe,
    List<DocumentUpload> documents)
    implements Serializable {}
