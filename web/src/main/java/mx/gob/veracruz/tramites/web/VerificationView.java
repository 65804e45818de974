package mx.gob.veracruz.tramites.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.veracruz.cobros.CobroVerificationFacade;
import mx.gob.veracruz.cobros.ReceiptCheck;
import mx.gob.veracruz.tramites.ResolutionCheck;
import mx.gob.veracruz.tramites.ResolutionVerificationFacade;

/** The pages the QR codes open: a resolution's signature, a receipt's payment. */
@Named
@RequestScoped
public class VerificationView {
  @Inject private ResolutionVerificationFacade resolutions;
  @Inject private CobroVerificationFacade receipts;

  private String folio;
  private String codigo;
  private ResolutionCheck resolution;
  private ReceiptCheck receipt;

  public void verifyResolution() {
    resolution = resolutions.verify(folio, codigo);
  }

  public void verifyReceipt() {
    receipt = receipts.verify(folio, codigo);
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public String getCodigo() {
    return codigo;
  }

  public void setCodigo(String codigo) {
    this.codigo = codigo;
  }

  public ResolutionCheck getResolution() {
    return resolution;
  }

  public ReceiptCheck getReceipt() {
    return receipt;
  }
}
