package mx.gob.veracruz.pavg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.pavg.PavgCaseFacade;

/** The on-duty roster (supervisors): who receives reports of immediate danger at once. */
@Named
@ViewScoped
public class PavgDutyView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PavgCaseFacade facade;

  private final ShownList<PavgCaseFacade.DutyView> shown =
      new ShownList<>(
          "pavg-guardia",
          () -> facade.duty(),
          List.of(
              ExportColumn.id("pavg.usuario", PavgCaseFacade.DutyView::username),
              ExportColumn.text("pavg.nombre", PavgCaseFacade.DutyView::fullName),
              ExportColumn.text(
                  "pavg.deGuardia", d -> Messages.text(d.onDuty() ? "comun.si" : "comun.no"))));

  public void toggle(String username, boolean onDuty) {
    try {
      facade.setDuty(username, onDuty);
      shown.refresh();
      Messages.info(onDuty ? "pavg.guardia.alta" : "pavg.guardia.baja", username);
    } catch (BusinessRuleException e) {
      Messages.error(e, "duty-form:");
    }
  }

  public ShownList<PavgCaseFacade.DutyView> getShown() {
    return shown;
  }
}
