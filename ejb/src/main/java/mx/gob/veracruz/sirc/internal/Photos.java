package mx.gob.veracruz.sirc.internal;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.sirc.PhotoUpload;

/**
 * Citizens' photos: the type is read from the content (JPEG, PNG or WebP signature, whatever the
 * file name or the browser says), the size and the pixel count are limited before decoding (no
 * decompression bombs), the EXIF orientation is applied, and the picture is re-encoded as a new
 * JPEG: what is stored carries no metadata at all (GPS position, camera, owner, thumbnails).
 *
 * <p>Pure Java and stateless, so a unit test exercises it without a server. The WebP reader is
 * instantiated directly instead of through the ImageIO registry, which in an application server is
 * shared by every application and scanned from the wrong class loader.
 */
public final class Photos {
  /** Pixel limit checked from the header before decoding (a 12,000 × 10,000 image is refused). */
  static final long MAX_PIXELS = 50_000_000L;

  static final int LONG_EDGE = 1600;
  static final int THUMB_EDGE = 320;
  private static final float QUALITY = 0.85f;

  private Photos() {}

  /** The kind of image the bytes are, by signature; null when they are none of the three. */
  static String sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "jpeg";
    }
    if (b.length >= 8
        && (b[0] & 0xFF) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) {
      return "png";
    }
    if (b.length >= 12
        && b[0] == 'R'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == 'F'
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return "webp";
    }
    return null;
  }

  /** Checks, decodes, orients and re-encodes; a clear error for anything that is not a photo. */
  public static PhotoUpload prepare(byte[] raw) {
    if (raw == null || raw.length == 0) {
      throw new BusinessRuleException("foto-vacia", "photo", "El archivo de la foto está vacío");
    }
    if (raw.length > PhotoUpload.MAX_BYTES) {
      throw new BusinessRuleException(
          "foto-grande", "photo", "La foto pesa más de 10 MB: envíe una más ligera");
    }
    String kind = sniff(raw);
    if (kind == null) {
      throw new BusinessRuleException(
          "foto-tipo", "photo", "El archivo no es una foto: se aceptan JPEG, PNG o WebP");
    }
    BufferedImage image = decode(raw, kind);
    int orientation = "jpeg".equals(kind) ? orientation(raw) : 1;
    BufferedImage stored = orient(scale(toRgb(image), LONG_EDGE), orientation);
    byte[] jpeg = encode(stored);
    byte[] thumb = encode(scale(stored, THUMB_EDGE));
    return new PhotoUpload(jpeg, thumb, stored.getWidth(), stored.getHeight(), sha256(jpeg));
  }

  private static BufferedImage decode(byte[] raw, String kind) {
    ImageReader reader = reader(kind);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(raw))) {
      reader.setInput(in, true, true); // ignore metadata: it is never read, never kept
      long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
      if (pixels > MAX_PIXELS) {
        throw new BusinessRuleException(
            "foto-dimensiones",
            "photo",
            "La foto tiene demasiados píxeles (más de 50 megapíxeles): envíe una más pequeña");
      }
      BufferedImage image = reader.read(0);
      if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
        throw damaged();
      }
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessRuleException b) {
        throw b;
      }
      throw damaged();
    } finally {
      reader.dispose();
    }
  }

  private static ImageReader reader(String kind) {
    if ("webp".equals(kind)) {
      return new WebPImageReaderSpi().createReaderInstance(null);
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind);
    if (!readers.hasNext()) {
      throw new IllegalStateException("No ImageIO reader for " + kind);
    }
    return readers.next();
  }

  private static BusinessRuleException damaged() {
    return new BusinessRuleException(
        "foto-danada", "photo", "No se pudo leer la foto: el archivo está dañado o incompleto");
  }

  /** The EXIF orientation (1 to 8) of a JPEG; 1 when it has none or it cannot be read. */
  static int orientation(byte[] jpeg) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
      if (exif.isEmpty()) {
        return 1;
      }
      byte[] data = exif.get(0).data().readAllBytes();
      int start = 0;
      while (start < data.length && start < 2 && data[start] == 0) {
        start++; // the pad byte after "Exif\0"
      }
      try (ImageInputStream tiff =
          ImageIO.createImageInputStream(
              new ByteArrayInputStream(data, start, data.length - start))) {
        Directory dir = new TIFFReader().read(tiff);
        Entry entry = dir.getEntryById(TIFF.TAG_ORIENTATION);
        if (entry != null && entry.getValue() instanceof Number n) {
          int o = n.intValue();
          return o >= 1 && o <= 8 ? o : 1;
        }
      }
    } catch (IOException | RuntimeException e) {
      // unreadable EXIF: the picture is still good, shown as stored
    }
    return 1;
  }

  /** Opaque RGB (transparent PNG areas become white): what a JPEG can hold. */
  private static BufferedImage toRgb(BufferedImage src) {
    if (src.getType() == BufferedImage.TYPE_INT_RGB) {
      return src;
    }
    BufferedImage rgb =
        new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, src.getWidth(), src.getHeight());
      g.drawImage(src, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  /**
   * Applies an EXIF orientation (1 to 8, as TIFF 6.0 defines them), so the stored photo is upright
   * without its metadata. Pixel by pixel: after scaling the picture is at most 1600 pixels long.
   */
  static BufferedImage orient(BufferedImage src, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return src;
    }
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = orientation >= 5;
    int ow = swap ? h : w;
    int oh = swap ? w : h;
    int[] in = src.getRGB(0, 0, w, h, null, 0, w);
    int[] out = new int[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int dx;
        int dy;
        switch (orientation) {
          case 2 -> {
            dx = w - 1 - x;
            dy = y;
          }
          case 3 -> {
            dx = w - 1 - x;
            dy = h - 1 - y;
          }
          case 4 -> {
            dx = x;
            dy = h - 1 - y;
          }
          case 5 -> {
            dx = y;
            dy = x;
          }
          case 6 -> {
            dx = h - 1 - y;
            dy = x;
          }
          case 7 -> {
            dx = h - 1 - y;
            dy = w - 1 - x;
          }
          default -> {
            dx = y;
            dy = w - 1 - x;
          }
        }
        out[dy * ow + dx] = in[y * w + x];
      }
    }
    BufferedImage result = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
    result.setRGB(0, 0, ow, oh, out, 0, ow);
    return result;
  }

  /** Scales down (never up) so the long side is at most {@code edge} pixels. */
  static BufferedImage scale(BufferedImage src, int edge) {
    int w = src.getWidth();
    int h = src.getHeight();
    int longest = Math.max(w, h);
    if (longest <= edge) {
      return src;
    }
    double f = (double) edge / longest;
    int nw = Math.max(1, (int) Math.round(w * f));
    int nh = Math.max(1, (int) Math.round(h * f));
    BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(src, 0, 0, nw, nh, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** A baseline JPEG written from pixels only: the writer is given no metadata to copy. */
  private static byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
