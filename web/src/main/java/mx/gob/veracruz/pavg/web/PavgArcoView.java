package mx.gob.veracruz.pavg.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Labels;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.pavg.ArcoCommand;
import mx.gob.veracruz.pavg.ArcoView;
import mx.gob.veracruz.pavg.PavgArcoFacade;
import mx.gob.veracruz.pavg.PavgCodes;

/** ARCO requests: register, answer within the term, execute, and the access copy. */
@Named
@ViewScoped
public class PavgArcoView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PavgArcoFacade facade;
  @Inject private ExternalContext external;

  private boolean openOnly = true;
  private String kind;
  private String caseFolio;
  private LocalDate receivedOn;
  private String requester;
  private String contact;
  private String request;
  private ArcoView selected;
  private String answer;
  private String granted = "SI";
  private String newName;
  private String newPhone;
  private String newEmail;

  private final PagedModel<ArcoView> model =
      new PagedModel<>(
              page -> facade.list(openOnly, page), () -> facade.count(openOnly), ArcoView::id, true)
          .exportable(
              "pavg-arco",
              (order, sink) -> facade.export(openOnly, order, sink),
              List.of(
                  ExportColumn.id("pavg.folio", ArcoView::folio),
                  ExportColumn.text(
                      "pavg.arco.derecho", a -> Labels.label("pavg.arco.tipo.", a.kind())),
                  ExportColumn.text(
                      "pavg.estado", a -> Labels.label("pavg.arco.estado.", a.status())),
                  ExportColumn.id("pavg.arco.caso", ArcoView::caseFolio),
                  ExportColumn.date("pavg.arco.recibida", ArcoView::receivedOn),
                  ExportColumn.date("pavg.arco.vence", ArcoView::dueOn),
                  ExportColumn.date("pavg.arco.ejecutarAntes", ArcoView::executionDueOn),
                  ExportColumn.text(
                      "pavg.vencido", a -> Messages.text(a.overdue() ? "comun.si" : "comun.no"))));

  public void register() {
    try {
      selected =
          facade.register(
              new ArcoCommand(kind, caseFolio, receivedOn, requester, contact, request));
      kind = caseFolio = requester = contact = request = null;
      receivedOn = null;
      Messages.info(
          "pavg.arco.registrada",
          selected.folio(),
          java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(selected.dueOn()));
    } catch (BusinessRuleException e) {
      Messages.error(e, "arco-form:");
    }
  }

  public void select(Long id) {
    selected = facade.detail(id);
    answer = null;
  }

  public void answer() {
    try {
      selected = facade.answer(selected.id(), "SI".equals(granted), answer);
      answer = null;
      Messages.info("pavg.arco.respondida");
    } catch (BusinessRuleException e) {
      Messages.error(e, "answer-form:");
    }
  }

  public void execute() {
    try {
      selected = facade.execute(selected.id(), newName, newPhone, newEmail);
      newName = newPhone = newEmail = null;
      Messages.info("pavg.arco.ejecutada");
    } catch (BusinessRuleException e) {
      Messages.error(e, "execute-form:");
    }
  }

  /** The access copy as a text file (UTF-8), named by the request's folio only. */
  public void downloadCopy() throws IOException {
    List<String> lines = facade.accessCopy(selected.id());
    FacesContext fc = FacesContext.getCurrentInstance();
    external.responseReset();
    external.setResponseContentType("text/plain; charset=UTF-8");
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"copia-" + selected.folio() + ".txt\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }
    fc.responseComplete();
  }

  public List<String> getKinds() {
    return PavgCodes.codes(PavgCodes.ArcoKind.class);
  }

  public PagedModel<ArcoView> getModel() {
    return model;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCaseFolio() {
    return caseFolio;
  }

  public void setCaseFolio(String caseFolio) {
    this.caseFolio = caseFolio;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getRequester() {
    return requester;
  }

  public void setRequester(String requester) {
    this.requester = requester;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public ArcoView getSelected() {
    return selected;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getGranted() {
    return granted;
  }

  public void setGranted(String granted) {
    this.granted = granted;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }
}
