package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.FileRegistration;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoStatus;

/**
 * Validates and registers a settlement file before any of its lines is read: encoding (strict
 * UTF-8/ASCII), layout, header, trailer count and total, and that it was never imported before
 * (same SHA-256, or same bank + date + sequence). One streaming pass: constant memory.
 */
@ApplicationScoped
public class SettlementFiles {
  /**
   * The gateway's settlement report: {@code
   * charge_id,reference,amount,currency,authorization,paid_at,fee}.
   */
  public static final String GATEWAY_HEADER = "charge_id,";

  public static final String GATEWAY_BANK = "PASARELA";
  private static final Pattern GATEWAY_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  @Inject private PredialRepository repo;

  public FileRegistration register(Path file, LocalDate reconciliationDate, long jobInstanceId)
      throws IOException {
    String sha = sha256(file);
    Archivo same = repo.one(Archivo.class, "Archivo.bySha", "sha", sha).orElse(null);
    if (same != null) {
      if (same.getJobExecutionId() != null && same.getJobExecutionId() == jobInstanceId) {
        return view(same); // a restart of the same job instance: already registered
      }
      return rejected(
          file,
          same.getStatus() == ArchivoStatus.RECHAZADO
              ? "Este mismo archivo (mismo SHA-256) ya se recibió el "
                  + same.getReceivedAt()
                      .atZone(CityClock.ZONE)
                      .toLocalDate()
                      .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                  + " y se rechazó: "
                  + same.getRejectReason()
                  + ". Pida al banco un archivo corregido"
              : "Este mismo archivo (mismo SHA-256) ya se importó como archivo "
                  + same.getId()
                  + "; no se aplica dos veces");
    }
    Scan scan;
    try {
      scan = scan(file);
    } catch (CharacterCodingException e) {
      return rejected(file, "Codificación inválida: se espera UTF-8 o ASCII");
    } catch (RuntimeException e) {
      return rejected(file, "Estructura inválida: " + e.getMessage());
    }
    Archivo twin =
        repo.one(
                Archivo.class,
                "Archivo.byIdentity",
                "bank",
                scan.header.bank(),
                "date",
                scan.header.businessDate(),
                "seq",
                scan.header.sequence())
            .orElse(null);
    Archivo a = new Archivo();
    a.setBank(scan.header.bank());
    a.setBusinessDate(scan.header.businessDate());
    a.setSequenceNo(scan.header.sequence());
    a.setFileName(file.getFileName().toString());
    a.setSha256(sha);
    a.setLayout(scan.layout);
    a.setDeclaredCount(scan.declaredCount);
    a.setDeclaredTotal(scan.declaredTotal);
    a.setJobExecutionId(jobInstanceId);
    a.setReconciliationDate(reconciliationDate);
    a.setReceivedAt(Instant.now());
    if (twin != null) {
      return rejected(
          file,
          "Archivo ya importado: "
              + scan.header.bank()
              + " "
              + scan.header.businessDate()
              + " secuencia "
              + scan.header.sequence()
              + " (archivo "
              + twin.getId()
              + ")");
    }
    if (scan.declaredCount != scan.details || scan.declaredTotal.compareTo(scan.sum) != 0) {
      a.setStatus(ArchivoStatus.RECHAZADO);
      a.setRejectReason(
          "El registro de control no cuadra: declara "
              + scan.declaredCount
              + " líneas por "
              + scan.declaredTotal
              + " y el archivo trae "
              + scan.details
              + " por "
              + scan.sum);
    } else {
      a.setStatus(ArchivoStatus.VALIDADO);
    }
    repo.persist(a);
    repo.flush();
    return view(a);
  }

  private record Scan(
      String layout,
      BankFileLayout.Header header,
      long declaredCount,
      BigDecimal declaredTotal,
      long details,
      BigDecimal sum) {}

  private static Scan scan(Path file) throws IOException {
    try (BufferedReader r = reader(file)) {
      String first = r.readLine();
      if (first == null) {
        throw new IllegalArgumentException("archivo vacío");
      }
      if (first.startsWith(GATEWAY_HEADER)) {
        return gatewayScan(file, r);
      }
      BankFileLayout layout = BankFileLayouts.sniff(first);
      if (!layout.isHeader(first)) {
        throw new IllegalArgumentException("falta el encabezado");
      }
      BankFileLayout.Header header = layout.header(first);
      long details = 0;
      BigDecimal sum = BigDecimal.ZERO.setScale(2);
      BankFileLayout.Trailer trailer = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        if (trailer != null) {
          throw new IllegalArgumentException("hay registros después del registro de control");
        }
        if (layout.isTrailer(line)) {
          trailer = layout.trailer(line);
        } else {
          details++;
          BankFileLayout.Detail d = layout.detail(line);
          if (d.amount() != null) {
            sum = sum.add(d.amount());
          }
        }
      }
      if (trailer == null) {
        throw new IllegalArgumentException("falta el registro de control");
      }
      return new Scan(layout.id(), header, trailer.count(), trailer.total(), details, sum);
    }
  }

  /** The gateway report has no trailer: its own lines are its control; date from the file name. */
  private static Scan gatewayScan(Path file, BufferedReader r) throws IOException {
    Matcher m = GATEWAY_NAME.matcher(file.getFileName().toString());
    if (!m.find()) {
      throw new IllegalArgumentException(
          "el nombre del reporte de la pasarela debe llevar la fecha aaaa-mm-dd");
    }
    long n = 0;
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    GatewayReportLayout layout = new GatewayReportLayout();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (!line.isBlank()) {
        n++;
        BankFileLayout.Detail d = layout.detail(line);
        if (d.amount() != null) {
          sum = sum.add(d.amount());
        }
      }
    }
    return new Scan(
        layout.id(),
        new BankFileLayout.Header(GATEWAY_BANK, LocalDate.parse(m.group(1)), 1),
        n,
        sum,
        n,
        sum);
  }

  /** Strict decoding: a byte sequence that is not UTF-8 fails the file instead of becoming "?". */
  public static BufferedReader reader(Path file) throws IOException {
    return new BufferedReader(
        new java.io.InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  private FileRegistration rejected(Path file, String reason) {
    return new FileRegistration(
        null,
        file.getFileName().toString(),
        null,
        null,
        0,
        null,
        "RECHAZADO",
        0,
        BigDecimal.ZERO,
        reason);
  }

  public static FileRegistration view(Archivo a) {
    return new FileRegistration(
        a.getId(),
        a.getFileName(),
        a.getBank(),
        a.getBusinessDate(),
        a.getSequenceNo(),
        a.getLayout(),
        a.getStatus().name(),
        a.getDeclaredCount(),
        a.getDeclaredTotal(),
        a.getRejectReason());
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[65536];
      while (in.read(buf) >= 0) {
        // digest while reading
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
