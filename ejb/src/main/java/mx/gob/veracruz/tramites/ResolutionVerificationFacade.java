package mx.gob.veracruz.tramites;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import mx.gob.veracruz.tramites.internal.Catalog;
import mx.gob.veracruz.tramites.internal.OfficeSigner;
import mx.gob.veracruz.tramites.internal.TramitesRepository;
import mx.gob.veracruz.tramites.model.Expediente;
import mx.gob.veracruz.tramites.model.ExpedienteStatus;

/**
 * Anyone holding a resolution checks it by folio and code (the QR): the stored PDF's SHA-256 is
 * recomputed and the office's signature verified with the public key that made it.
 */
@Stateless
@PermitAll
public class ResolutionVerificationFacade {
  @Inject private TramitesRepository repo;
  @Inject private OfficeSigner signer;
  @Inject private Catalog catalog;

  public ResolutionCheck verify(String folio, String code) {
    Expediente e = repo.expediente(folio == null ? "" : folio.trim()).orElse(null);
    if (e == null
        || e.getStatus() != ExpedienteStatus.RESUELTO
        || code == null
        || !MessageDigest.isEqual(
            e.getVerificationCode().getBytes(StandardCharsets.UTF_8),
            code.trim().toLowerCase().getBytes(StandardCharsets.UTF_8))) {
      return new ResolutionCheck(false, folio, null, null, null, null, null, false);
    }
    byte[] digest = OfficeSigner.sha256(e.getResolutionPdf());
    boolean valid =
        HexFormat.of().formatHex(digest).equals(e.getResolutionSha256())
            && signer.verify(e.getSigningKeyId(), digest, e.getResolutionSignature());
    return new ResolutionCheck(
        true,
        e.getFolio(),
        catalog.definition(e.getTramiteId(), e.getVersionNo()).name(),
        e.getResolution(),
        e.getResolvedAt(),
        e.getResolutionSha256(),
        e.getSigningKeyId(),
        valid);
  }
}
