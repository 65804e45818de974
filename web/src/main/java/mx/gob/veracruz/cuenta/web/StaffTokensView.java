package mx.gob.veracruz.cuenta.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.cuenta.StaffTokenFacade;
import mx.gob.veracruz.cuenta.StaffTokenView;

/** API tokens of staff integrations ({@code /consola/cuentas/tokens.xhtml}, ADMIN). */
@Named
@ViewScoped
public class StaffTokensView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private StaffTokenFacade facade;

  private String username;
  private String name;
  private List<String> scopes = new ArrayList<>();
  private LocalDate expires = LocalDate.now(CityClock.ZONE).plusMonths(6);
  private Integer rate = 120;
  private String issued;

  private final ShownList<StaffTokenView> tokens =
      new ShownList<>(
          "tokens-api",
          () -> facade.list(0, 200),
          List.of(
              ExportColumn.id("cuentas.tokens.prefijo", StaffTokenView::prefix),
              ExportColumn.text("cuentas.tokens.nombre", StaffTokenView::name),
              ExportColumn.text("cuentas.tokens.usuario", StaffTokenView::username),
              ExportColumn.text("cuentas.tokens.alcances", t -> String.join(", ", t.scopes())),
              ExportColumn.integer("cuentas.tokens.limite", StaffTokenView::ratePerMinute),
              ExportColumn.dateTime("cuentas.tokens.emitido", StaffTokenView::createdAt),
              ExportColumn.text("cuentas.tokens.emitidoPor", StaffTokenView::createdBy),
              ExportColumn.dateTime("cuentas.tokens.vence", StaffTokenView::expiresAt),
              ExportColumn.dateTime("cuentas.tokens.revocado", StaffTokenView::revokedAt),
              ExportColumn.dateTime("cuentas.tokens.ultimoUso", StaffTokenView::lastUsedAt)));

  public void issue() {
    try {
      issued = facade.issue(username, name, scopes, expires, rate == null ? 0 : rate).secret();
      username = null;
      name = null;
      scopes = new ArrayList<>();
      tokens.refresh();
    } catch (BusinessRuleException e) {
      Messages.error(e, "token-form:");
    }
  }

  public void revoke(long id) {
    try {
      facade.revoke(id);
      Messages.info("cuentas.tokens.revocadoOk");
      tokens.refresh();
    } catch (BusinessRuleException e) {
      Messages.error(e, "tokens-form:");
    }
  }

  public List<String> getAllScopes() {
    return Roles.ALL;
  }

  public boolean active(StaffTokenView t) {
    return t.active(java.time.Instant.now());
  }

  public ShownList<StaffTokenView> getTokens() {
    return tokens;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public LocalDate getExpires() {
    return expires;
  }

  public void setExpires(LocalDate expires) {
    this.expires = expires;
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
