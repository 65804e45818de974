package mx.gob.veracruz.pavg;

import java.io.Serializable;
import java.time.LocalDate;

/** An ARCO request as registered: who asks (sealed), about which case, what she asks (sealed). */
public record ArcoCommand(
    String kind,
    String caseFolio,
    LocalDate receivedOn,
    String requester,
    String contact,
    String request)
    implements Serializable {}
