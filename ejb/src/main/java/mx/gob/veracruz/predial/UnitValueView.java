package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A unit value per m²: a land zone (kind ZONA, code) or a construction type and condition (kind
 * CONSTRUCCION, code TIPO/ESTADO).
 */
public record UnitValueView(
    Long id,
    int fiscalYear,
    String kind,
    String code,
    String description,
    BigDecimal unitValue,
    long version)
    implements Serializable {}
