package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The virus-scan hook of uploads. With {@code ciudad.antivirus.clamd=host:port} every file goes to
 * ClamAV's daemon by its INSTREAM command (a refused or unreachable scanner refuses the file: an
 * unscanned file is never stored); without it, only the EICAR test signature is caught, so the hook
 * itself is testable everywhere.
 */
@ApplicationScoped
public class VirusScan {
  static final String EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

  /** Why the file is refused, or empty when clean. */
  public Optional<String> problem(byte[] content) {
    String clamd =
        ConfigProvider.getConfig(getClass().getClassLoader())
            .getOptionalValue("ciudad.antivirus.clamd", String.class)
            .orElse("");
    if (clamd.isBlank()
        && "prod"
            .equalsIgnoreCase(
                ConfigProvider.getConfig(getClass().getClassLoader())
                    .getOptionalValue("ciudad.mode", String.class)
                    .orElse("dev"))) {
      // in production an unscanned file is never stored
      return Optional.of(
          "La revisión antivirus no está configurada: por ahora no se reciben archivos en línea");
    }
    if (clamd.isBlank()) {
      return new String(content, StandardCharsets.ISO_8859_1).contains(EICAR)
          ? Optional.of("El archivo contiene un virus (firma de prueba EICAR)")
          : Optional.empty();
    }
    String[] hp = clamd.split(":");
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(hp[0], Integer.parseInt(hp[1])), 3000);
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      DataOutputStream data = new DataOutputStream(out);
      for (int i = 0; i < content.length; i += 8192) {
        int n = Math.min(8192, content.length - i);
        data.writeInt(n);
        data.write(content, i, n);
      }
      data.writeInt(0);
      data.flush();
      InputStream in = s.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
      if (answer.endsWith("OK")) {
        return Optional.empty();
      }
      return Optional.of(
          answer.contains("FOUND")
              ? "El archivo contiene un virus"
              : "No se pudo revisar el archivo; intente más tarde");
    } catch (IOException | RuntimeException e) {
      return Optional.of("No se pudo revisar el archivo; intente más tarde");
    }
  }
}
