package mx.gob.veracruz.sirc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.sirc.PhotoUpload;
import org.junit.jupiter.api.Test;

/** A citizen's photo: type by content, limits, orientation applied, metadata gone. */
class PhotosTest {

  /** A 40 × 20 picture: red left half, blue right half. */
  static BufferedImage redBlue(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, w / 2, h);
    g.setColor(Color.BLUE);
    g.fillRect(w / 2, 0, w - w / 2, h);
    g.dispose();
    return img;
  }

  static byte[] write(BufferedImage img, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  /**
   * A JPEG as a phone writes it: an EXIF APP1 segment with the camera make, a GPS-looking text and
   * the orientation (6: the camera was turned 90° clockwise).
   */
  static byte[] phoneJpeg(BufferedImage img, int orientation) throws IOException {
    byte[] jpeg = write(img, "jpeg");
    byte[] make = "CAMARA-SECRETA GPS 19.1738N 96.1342W\0".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    int stringOffset = 8 + 2 + 2 * 12 + 4;
    tiff.write(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
    tiff.write(new byte[] {0, 2}); // two entries
    tiff.write(new byte[] {0x01, 0x0F, 0, 2}); // Make, ASCII
    tiff.write(int4(make.length));
    tiff.write(int4(stringOffset));
    tiff.write(new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0});
    tiff.write(int4(0));
    tiff.write(make);
    byte[] t = tiff.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    int len = 2 + 6 + t.length;
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (len >> 8), (byte) len});
    out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    out.write(t);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static byte[] int4(int v) {
    return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }

  private static BufferedImage read(byte[] b) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(b));
  }

  private static boolean reddish(int rgb) {
    Color c = new Color(rgb);
    return c.getRed() > 150 && c.getBlue() < 100;
  }

  private static boolean bluish(int rgb) {
    Color c = new Color(rgb);
    return c.getBlue() > 150 && c.getRed() < 100;
  }

  @Test
  void aPhonePhotoIsTurnedUprightAndLosesItsMetadata() throws IOException {
    byte[] raw = phoneJpeg(redBlue(40, 20), 6);
    assertThat(new String(raw, StandardCharsets.ISO_8859_1)).contains("CAMARA-SECRETA", "Exif");
    assertThat(Photos.orientation(raw)).isEqualTo(6);

    PhotoUpload p = Photos.prepare(raw);

    String stored = new String(p.jpeg(), StandardCharsets.ISO_8859_1);
    assertThat(stored)
        .doesNotContain("CAMARA-SECRETA")
        .doesNotContain("GPS")
        .doesNotContain("Exif");
    assertThat(new String(p.thumbnail(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    BufferedImage upright = read(p.jpeg());
    // turned 90° clockwise: the red left half is now on top
    assertThat(upright.getWidth()).isEqualTo(20);
    assertThat(upright.getHeight()).isEqualTo(40);
    assertThat(p.width()).isEqualTo(20);
    assertThat(p.height()).isEqualTo(40);
    assertThat(reddish(upright.getRGB(10, 5))).isTrue();
    assertThat(bluish(upright.getRGB(10, 35))).isTrue();
    assertThat(p.sha256()).hasSize(64);
  }

  @Test
  void everyOrientationMapsTheCornersAsTiffSays() {
    // a 3 × 2 image with a distinct value per pixel; each orientation read as TIFF 6.0 defines it
    BufferedImage src = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        src.setRGB(x, y, y * 3 + x + 1);
      }
    }
    int topLeft = src.getRGB(0, 0) & 0xFFFFFF;
    int topRight = src.getRGB(2, 0) & 0xFFFFFF;
    int bottomLeft = src.getRGB(0, 1) & 0xFFFFFF;
    int bottomRight = src.getRGB(2, 1) & 0xFFFFFF;
    // {orientation, the stored corner that ends at the top-left of the upright picture}
    int[][] expected = {
      {1, topLeft}, {2, topRight}, {3, bottomRight}, {4, bottomLeft},
      {5, topLeft}, {6, bottomLeft}, {7, bottomRight}, {8, topRight}
    };
    for (int[] e : expected) {
      BufferedImage out = Photos.orient(src, e[0]);
      assertThat(out.getWidth()).as("width, orientation %d", e[0]).isEqualTo(e[0] >= 5 ? 2 : 3);
      assertThat(out.getRGB(0, 0) & 0xFFFFFF).as("orientation %d", e[0]).isEqualTo(e[1]);
    }
  }

  @Test
  void pngAndWebpAreAcceptedAndStoredAsJpeg() throws IOException {
    BufferedImage transparent = new BufferedImage(30, 30, BufferedImage.TYPE_INT_ARGB);
    PhotoUpload png = Photos.prepare(write(transparent, "png"));
    assertThat(Photos.sniff(png.jpeg())).isEqualTo("jpeg");
    // transparency becomes white, not black
    assertThat(new Color(read(png.jpeg()).getRGB(15, 15)).getRed()).isGreaterThan(240);

    byte[] webp;
    try (InputStream in = getClass().getResourceAsStream("/sirc/rojo-azul.webp")) {
      webp = in.readAllBytes();
    }
    assertThat(Photos.sniff(webp)).isEqualTo("webp");
    PhotoUpload w = Photos.prepare(webp);
    BufferedImage decoded = read(w.jpeg());
    assertThat(decoded.getWidth()).isEqualTo(48);
    assertThat(decoded.getHeight()).isEqualTo(32);
    assertThat(reddish(decoded.getRGB(5, 16))).isTrue();
    assertThat(bluish(decoded.getRGB(42, 16))).isTrue();
  }

  @Test
  void aLargePhotoIsScaledAndGetsASmallThumbnail() throws IOException {
    PhotoUpload p = Photos.prepare(write(redBlue(4000, 3000), "jpeg"));
    assertThat(p.width()).isEqualTo(1600);
    assertThat(p.height()).isEqualTo(1200);
    BufferedImage thumb = read(p.thumbnail());
    assertThat(thumb.getWidth()).isEqualTo(320);
    assertThat(thumb.getHeight()).isEqualTo(240);
    assertThat(p.thumbnailDataUrl()).startsWith("data:image/jpeg;base64,/9j/");
  }

  @Test
  void whatIsNotAPhotoIsRefusedWithAClearMessage() throws IOException {
    assertRefused(new byte[0], "foto-vacia");
    assertRefused(
        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "foto-tipo"); // "foto.jpg"
    assertRefused("%PDF-1.7 a document".getBytes(StandardCharsets.US_ASCII), "foto-tipo");
    byte[] jpeg = write(redBlue(200, 100), "jpeg");
    byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
    assertRefused(truncated, "foto-danada");
    assertRefused(new byte[PhotoUpload.MAX_BYTES + 1], "foto-grande");
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
    // a valid PNG header that claims 20,000 × 20,000 pixels: refused before any decoding
    byte[] png = write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");
    byte[] bomb = png.clone();
    // IHDR data starts at byte 16: width and height, big-endian (CRC left wrong on purpose:
    // the size check comes first)
    byte[] size = int4(20_000);
    System.arraycopy(size, 0, bomb, 16, 4);
    System.arraycopy(size, 0, bomb, 20, 4);
    assertRefused(bomb, "foto-dimensiones");
  }

  private static void assertRefused(byte[] bytes, String code) {
    assertThatThrownBy(() -> Photos.prepare(bytes))
        .isInstanceOf(BusinessRuleException.class)
        .satisfies(
            e -> {
              BusinessRuleException b = (BusinessRuleException) e;
              assertThat(b.getCode()).isEqualTo(code);
              assertThat(b.getMessage()).isNotBlank();
            });
  }
}
