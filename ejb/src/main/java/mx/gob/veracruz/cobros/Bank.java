package mx.gob.veracruz.cobros;

/**
 * A bank that takes the city's slips: its code, name, check-digit algorithm and agreement number
 * ({@code ciudad.predial.bancos}, the key kept for existing domains).
 */
public record Bank(String code, String name, String algorithm, String agreement) {}
