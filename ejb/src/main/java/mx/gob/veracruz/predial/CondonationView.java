package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A condonation campaign. */
public record CondonationView(
    Long id, String nombre, BigDecimal rate, LocalDate validFrom, LocalDate validTo, long version)
    implements Serializable {}
