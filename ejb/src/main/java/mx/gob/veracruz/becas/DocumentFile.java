package mx.gob.veracruz.becas;

import java.io.Serializable;

/** A stored document, to download. */
public record DocumentFile(String fileName, String contentType, byte[] content)
    implements Serializable {}
