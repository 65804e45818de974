package mx.gob.veracruz.sirc.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.sirc.PublicReport;
import mx.gob.veracruz.sirc.SircPublicFacade;

/**
 * The citizen's tracking page, opened by the private token of the link it was given (never by the
 * folio, which is sequential): status, public updates, and "¿Se resolvió?" to reopen.
 */
@Named
@ViewScoped
public class SircTrackingView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SircPublicFacade sirc;

  private String token;
  private PublicReport report;
  private String reason;
  private java.util.List<Integer> photos = java.util.List.of();

  public void load() {
    try {
      report = token == null || token.isBlank() ? null : sirc.track(token);
      photos =
          report == null
              ? java.util.List.of()
              : java.util.stream.IntStream.rangeClosed(1, sirc.photoCount(token)).boxed().toList();
    } catch (BusinessRuleException e) {
      report = null;
    }
  }

  /** The numbers of the report's photos (1, 2, 3), for their links. */
  public java.util.List<Integer> getPhotos() {
    return photos;
  }

  public void reopen() {
    try {
      report = sirc.reopen(token, reason);
      reason = null;
      Messages.info("sirc.seguimiento.reabierto");
    } catch (BusinessRuleException e) {
      Messages.error(
          e.getField() != null && e.getField().equals("note")
              ? new BusinessRuleException(e.getCode(), "reason", e.getMessage())
              : e,
          "reopen-form:");
    }
  }

  public boolean isReopenable() {
    return report != null && report.status().name().equals("RESUELTO");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public PublicReport getReport() {
    return report;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
