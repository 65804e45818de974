package mx.gob.veracruz.common;

import java.io.Serializable;

/** A document of a citizen (a receipt PDF): its file name, media type and bytes. */
public record MyDocument(String fileName, String contentType, byte[] content)
    implements Serializable {}
