package mx.gob.veracruz.tramites;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A citizen's filing: the procedure, her answers by field name, and her files. */
public record FilingCommand(String code, Map<String, String> answers, List<Upload> uploads)
    implements Serializable {}
