package mx.gob.veracruz.cuenta;

import java.io.Serializable;
import java.time.Instant;

/**
 * An account as the counter clerk sees it: enough to recognise the person, with the declared CURP
 * masked except for what the clerk must compare with the ID.
 */
public record CounterAccountView(
    long id,
    String email,
    String fullName,
    String status,
    String curpDeclared,
    boolean curpVerified,
    Instant createdAt)
    implements Serializable {}
