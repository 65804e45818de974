package mx.gob.veracruz.tramites;

import java.io.Serializable;

/** The office's case list filters: folio (part), procedure code, state, only overdue. */
public record CaseFilter(String folio, String tramiteCode, String status, boolean overdue)
    implements Serializable {}
