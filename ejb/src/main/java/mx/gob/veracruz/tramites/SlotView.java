package mx.gob.veracruz.tramites;

import java.io.Serializable;

/** A slot of a day at an office, with the seats still free. */
public record SlotView(String time, int free) implements Serializable {}
