package mx.gob.veracruz.systemtest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** A JPEG as a phone writes it: an EXIF segment with the camera's make (and what we put there). */
final class PhoneJpeg {
  private PhoneJpeg() {}

  static byte[] withExif(String make) throws IOException {
    BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x55, 0x55, 0x5A));
    g.fillRect(0, 0, 640, 480);
    g.setColor(new Color(0x2A, 0x24, 0x20));
    g.fillOval(200, 200, 240, 120);
    g.dispose();
    ByteArrayOutputStream jpegOut = new ByteArrayOutputStream();
    ImageIO.write(img, "jpeg", jpegOut);
    byte[] jpeg = jpegOut.toByteArray();
    byte[] text = (make + "\0").getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    tiff.write(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x0F, 0, 2});
    tiff.write(int4(text.length));
    tiff.write(int4(8 + 2 + 12 + 4));
    tiff.write(int4(0));
    tiff.write(text);
    byte[] t = tiff.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
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
}
