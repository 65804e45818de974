package mx.gob.veracruz.becas;

import java.io.Serializable;

/** A file for one of the call's documents, as uploaded. */
public record DocumentUpload(String requirement, String fileName, byte[] content)
    implements Serializable {}
