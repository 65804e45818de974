package mx.gob.veracruz.common;

/**
 * Uploaded documents, for every module that takes them: the type is read from the content (never
 * the name or the browser's claim), and the name is made safe for a download header.
 */
public final class Uploads {
  /** The limit of one document. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private Uploads() {}

  /** PDF, JPEG or PNG by their magic numbers; null for anything else. */
  public static String sniff(byte[] b) {
    if (b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
      return "application/pdf";
    }
    if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    return null;
  }

  /** A name safe for a Content-Disposition header: letters, digits, dot, dash, underscore. */
  public static String safeName(String name, String type) {
    String base = name == null ? "" : name.replaceAll(".*[\\\\/]", "");
    base =
        java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._-]", "_")
            .replaceAll("^[.]+", "");
    if (base.length() > 80) {
      base = base.substring(base.length() - 80);
    }
    String ext =
        switch (type) {
          case "application/pdf" -> ".pdf";
          case "image/jpeg" -> ".jpg";
          default -> ".png";
        };
    if (base.isBlank()) {
      base = "documento";
    }
    return base.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? base : base + ext;
  }
}
