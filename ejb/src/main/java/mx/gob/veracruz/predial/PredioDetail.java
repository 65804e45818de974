package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A predio with owners, valuation history and discount registrations. */
public record PredioDetail(
    Long id,
    String claveCatastral,
    Long coloniaId,
    String colonia,
    String calle,
    String numero,
    String cvegeoManzana,
    BigDecimal latitud,
    BigDecimal longitud,
    BigDecimal superficieTerreno,
    BigDecimal superficieConstruida,
    String zona,
    String tipoConstruccion,
    String estadoConstruccion,
    List<OwnerView> owners,
    List<ValuationView> valuations,
    List<BenefitView> benefits,
    long version)
    implements Serializable {}
