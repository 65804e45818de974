package mx.gob.veracruz.sirc;

import java.io.Serializable;

/**
 * A citizen's photo as the platform keeps it: re-encoded as JPEG (no metadata: no GPS, no camera),
 * at most {@code 1600} pixels on its long side, with a thumbnail; the original is never stored.
 */
public record PhotoUpload(byte[] jpeg, byte[] thumbnail, int width, int height, String sha256)
    implements Serializable {
  /** Largest upload accepted: phones write 3–8 MB photos. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** At most this many photos per report. */
  public static final int MAX_PER_REPORT = 3;

  /** The thumbnail as a {@code data:} URL (the form's preview before the report is sent). */
  public String thumbnailDataUrl() {
    return "data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(thumbnail);
  }

  /** Size of the stored photo in kB, for the form's list. */
  public long kilobytes() {
    return (jpeg.length + 1023) / 1024;
  }
}
