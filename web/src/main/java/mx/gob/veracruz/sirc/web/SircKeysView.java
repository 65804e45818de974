package mx.gob.veracruz.sirc.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.sirc.ApiKeyView;
import mx.gob.veracruz.sirc.SircFacade;

/** Open311 API keys: issue one (its secret shown once), list, revoke. ADMIN only. */
@Named
@ViewScoped
public class SircKeysView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SircFacade facade;

  private String application;
  private String contact;
  private Integer rate = 60;
  private String issued;

  private final ShownList<ApiKeyView> keys =
      new ShownList<>(
          "claves-open311",
          () -> facade.apiKeys(),
          List.of(
              ExportColumn.id("sirc.claves.prefijo", ApiKeyView::prefix),
              ExportColumn.text("sirc.claves.aplicacion", ApiKeyView::application),
              ExportColumn.text("sirc.claves.contacto", ApiKeyView::contact),
              ExportColumn.integer("sirc.claves.limite", ApiKeyView::ratePerMinute),
              ExportColumn.dateTime("sirc.claves.emitida", ApiKeyView::createdAt),
              ExportColumn.text("sirc.claves.emitidaPor", ApiKeyView::createdBy),
              ExportColumn.dateTime(
                  "sirc.claves.revocada",
                  k ->
                      k.revokedAt() != null
                          ? k.revokedAt()
                          : Messages.text("sirc.claves.activa"))));

  public void issue() {
    try {
      issued = facade.issueKey(application, contact, rate == null ? 0 : rate);
      application = null;
      contact = null;
      rate = 60;
      keys.refresh();
    } catch (BusinessRuleException e) {
      Messages.error(e, "key-form:");
    }
  }

  public void revoke(Long id) {
    try {
      facade.revokeKey(id);
      Messages.info("sirc.claves.revocadaOk");
      keys.refresh();
    } catch (BusinessRuleException e) {
      Messages.error(e, "keys-form:");
    }
  }

  public ShownList<ApiKeyView> getKeys() {
    return keys;
  }

  public String getApplication() {
    return application;
  }

  public void setApplication(String application) {
    this.application = application;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public Integer getRate() {
    return rate;
  }

  public void setRate(Integer rate) {
    this.rate = rate;
  }

  public String getIssued() {
    return issued;
  }
}
