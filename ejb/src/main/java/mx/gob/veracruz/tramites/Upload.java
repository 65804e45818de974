package mx.gob.veracruz.tramites;

import java.io.Serializable;

/** A file for one requirement, as uploaded. */
public record Upload(String requirementCode, String fileName, byte[] content)
    implements Serializable {}
