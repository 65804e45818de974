package mx.gob.veracruz.becas.model;

/** A document's metadata, without its content. */
public record BecaDocumentoRow(
    Long id, String requirement, String fileName, String contentType, long sizeBytes) {}
