package mx.gob.veracruz.predial.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.veracruz.predial.PredialPortalFacade;
import mx.gob.veracruz.predial.ReceiptVerification;

/**
 * The page a receipt's QR opens ({@code ?folio=&c=}): valid or not, amount, date; nothing personal.
 */
@Named
@ViewScoped
public class ReceiptCheckView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PredialPortalFacade portal;

  private String folio;
  private String code;
  private ReceiptVerification result;

  public void load() {
    result =
        folio == null || folio.isBlank() || code == null || code.isBlank()
            ? null
            : portal.verify(folio, code);
  }

  public boolean isFound() {
    return result != null && !"NO_ENCONTRADO".equals(result.status());
  }

  public boolean isValid() {
    return isFound() && result.valid();
  }

  public boolean isCancelled() {
    return isFound() && !result.valid();
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public ReceiptVerification getResult() {
    return result;
  }
}
