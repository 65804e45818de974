package mx.gob.veracruz.cobros;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The data of one CFDI 4.0 income invoice for a payment of any module; its product and unit keys
 * are its revenue concept's (COBRO_CONCEPTO). {@code fecha} is local time at {@code
 * lugarExpedicion} (a postal code), as SAT requires. For the public at large pass {@code
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
    BigDecimal total,
    String claveProdServ,
    String claveUnidad) {

  public CfdiRequest {
    lines = List.copyOf(lines);
    if (claveProdServ == null || !claveProdServ.matches("\\d{8}")) {
      throw new IllegalArgumentException(
          "ClaveProdServ del SAT: 8 dígitos (la del concepto de ingreso)");
    }
    if (claveUnidad == null || claveUnidad.isBlank()) {
      throw new IllegalArgumentException(
          "ClaveUnidad del SAT requerida (la del concepto de ingreso)");
    }
  }
}
