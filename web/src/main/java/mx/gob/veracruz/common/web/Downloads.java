package mx.gob.veracruz.common.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A document for p:fileDownload, from bytes produced before the response (so a refusal becomes a
 * message on the page, not a broken download).
 */
public final class Downloads {
  private Downloads() {}

  public static StreamedContent file(byte[] bytes, String name, String type) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }
}
