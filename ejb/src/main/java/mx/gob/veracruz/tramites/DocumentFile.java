package mx.gob.veracruz.tramites;

/** A downloadable file: safe name, content type and bytes. */
public record DocumentFile(String name, String type, byte[] bytes) {}
