package mx.gob.veracruz.cobros;

import java.io.Serializable;
import java.time.LocalDate;

/** The treasury's list of charges: folio or reference (part), module, state, issued between. */
public record CobroFilter(String text, String module, String status, LocalDate from, LocalDate to)
    implements Serializable {}
