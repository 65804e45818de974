package mx.gob.veracruz.cuenta.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.MyItem;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.cuenta.AccountView;
import mx.gob.veracruz.cuenta.MyAccountFacade;

/**
 * "Mis trámites" ({@code /mi/index.xhtml}): the account, its CURP (declare it; verify it with a
 * counter code or the identity provider) and everything of the citizen across modules.
 */
@Named
@ViewScoped
public class MisTramitesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private MyAccountFacade facade;

  private AccountView account;
  private String curp;
  private String code;
  private String moduleFilter;

  private final ShownList<MyItem> items =
      new ShownList<>(
          "mis-tramites",
          () -> filtered(),
          List.of(
              ExportColumn.text("mi.modulo", i -> Messages.text("mi.modulo." + i.module())),
              ExportColumn.text("mi.tipo", i -> Messages.text("mi.tipo." + i.kind())),
              ExportColumn.id("mi.referencia", MyItem::reference),
              ExportColumn.text("mi.descripcion", MyItem::title),
              ExportColumn.text("mi.estado", MyItem::statusLabel),
              ExportColumn.dateTime("mi.fecha", MyItem::date),
              ExportColumn.money("mi.importe", MyItem::amount)));

  @PostConstruct
  void load() {
    account = facade.account();
    curp = account.curp();
  }

  private List<MyItem> filtered() {
    List<MyItem> all = facade.items();
    return moduleFilter == null || moduleFilter.isBlank()
        ? all
        : all.stream().filter(i -> i.module().equals(moduleFilter)).toList();
  }

  public void declareCurp() {
    try {
      account = facade.declareCurp(curp);
      Messages.info("mi.curp.declarada");
    } catch (BusinessRuleException e) {
      Messages.error(e, "curp-form:");
    }
  }

  public void redeem() {
    try {
      account = facade.redeemCounterCode(code);
      code = null;
      items.refresh();
      Messages.info("mi.curp.verificadaOk");
    } catch (BusinessRuleException e) {
      Messages.error(e, "code-form:");
    }
  }

  public void filter() {
    items.refresh();
  }

  public AccountView getAccount() {
    return account;
  }

  public ShownList<MyItem> getItems() {
    return items;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getModuleFilter() {
    return moduleFilter;
  }

  public void setModuleFilter(String moduleFilter) {
    this.moduleFilter = moduleFilter;
  }
}
