package mx.gob.veracruz.becas;

import java.io.Serializable;

/** The console's application filters: call, state, and folio, name or CURP. */
public record ApplicationFilter(String callCode, String status, String text)
    implements Serializable {}
