package mx.gob.veracruz.predial.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.predial.PaymentQuery;
import mx.gob.veracruz.predial.PaymentRow;
import mx.gob.veracruz.predial.PredialPaymentFacade;

/**
 * The payments of a period (by channel, bank, folio), paged in the database, with export: the list
 * behind the finance dashboard's bars and points ({@code pagos.xhtml?desde=…&hasta=…&canal=…}).
 */
@Named
@ViewScoped
public class PaymentListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PredialPaymentFacade facade;
  @Inject private CityClock clock;

  private LocalDate from;
  private LocalDate to;
  private String channel;
  private String bank;
  private String folio;
  private boolean valid = true;
  private BigDecimal total;
  private transient List<SelectItem> banks;

  private final PagedModel<PaymentRow> model =
      new PagedModel<>(
              page -> valid ? facade.payments(query(), page) : List.of(),
              () -> valid ? facade.countPayments(query()) : 0,
              PaymentRow::id,
              false)
          .exportable(
              "pagos-predial",
              (order, sink) -> facade.exportPayments(query(), order, sink),
              List.of(
                  ExportColumn.id("predial.folio", PaymentRow::folio),
                  ExportColumn.dateTime("predial.pagos.fecha", PaymentRow::paidAt),
                  ExportColumn.text(
                      "predial.pagos.canal", r -> Messages.text("predial.canal." + r.channel())),
                  ExportColumn.text("predial.pagos.banco", r -> bankName(r.bank())),
                  ExportColumn.id("predial.clave", PaymentRow::claveCatastral),
                  ExportColumn.text("predial.pagos.pagador", PaymentRow::payerName),
                  ExportColumn.money("predial.pagos.importe", PaymentRow::amount),
                  ExportColumn.text(
                      "predial.pagos.estado",
                      r -> Messages.text("predial.pago.estado." + r.status()))));

  /** {@code f:viewAction}: defaults (yesterday) and the first check of the URL's filters. */
  public void load() {
    if (to == null) {
      to = clock.today();
    }
    if (from == null) {
      from = to;
    }
    search();
  }

  public void search() {
    try {
      total = facade.totalPayments(query());
      valid = true;
    } catch (BusinessRuleException e) {
      valid = false;
      total = null;
      Messages.error(e, "payments-form:");
    }
  }

  private PaymentQuery query() {
    return new PaymentQuery(from, to, blank(channel), blank(bank), blank(folio), false);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public List<SelectItem> getChannels() {
    return java.util.Arrays.stream(
            new String[] {"CAJA_EFECTIVO", "CAJA_TARJETA", "EN_LINEA", "BANCO"})
        .map(c -> new SelectItem(c, Messages.text("predial.canal." + c)))
        .toList();
  }

  public List<SelectItem> getBanks() {
    if (banks == null) {
      banks = PredialFaces.bankItems(facade.banks());
    }
    return banks;
  }

  /** A bank's name for the list and its export (its code when unknown). */
  public String bankName(String code) {
    if (code == null) {
      return "";
    }
    return getBanks().stream()
        .filter(b -> code.equals(b.getValue()))
        .map(SelectItem::getLabel)
        .findFirst()
        .orElse(code);
  }

  public PagedModel<PaymentRow> getModel() {
    return model;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String bank) {
    this.bank = bank;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }
}
