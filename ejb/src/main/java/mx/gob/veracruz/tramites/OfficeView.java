package mx.gob.veracruz.tramites;

import java.io.Serializable;

/** An office that takes appointments. */
public record OfficeView(String code, String name, String address) implements Serializable {}
