package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.util.List;

/** What a bank return file did: lines paid, rejected (left pending) and already answered. */
public record ReturnResult(
    String dispersionFolio, int lines, int paid, int rejected, int duplicates, List<String> notes)
    implements Serializable {}
