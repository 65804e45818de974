package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The data of one CFDI 4.0 income invoice for a predial payment. {@code fecha} is local time at
 * {@code lugarExpedicion} (a postal code), as SAT requires. For the public at large pass {@code
 * receptorRfc = "XAXX010101000"}; the builder then fills the receptor fields SAT prescribes and
 * ignores the other receptor values.
 */
public record CfdiRequest(
    String serie,
    String folio,
    LocalDateTime fecha,
    String lugarExpedicion,
    String emisorRfc,
    String emisorNombre,
    String emisorRegimenFiscal,
    String receptorRfc,
    String receptorNombre,
    String receptorDomicilioFiscalCp,
    String receptorRegimenFiscal,
    String usoCfdi,
    String formaPago,
    List<DocumentLine> lines,
    BigDecimal total) {

  public CfdiRequest {
    lines = List.copyOf(lines);
  }
}
