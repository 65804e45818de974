package mx.gob.veracruz.cuenta;

import java.io.Serializable;
import java.time.Instant;

/** A counter code handed to a citizen after a clerk saw an ID with that CURP; shown once. */
public record CounterCode(String code, String email, String curpMasked, Instant expiresAt)
    implements Serializable {}
