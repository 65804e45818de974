package mx.gob.veracruz.sirc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.sirc.ReportAction;
import mx.gob.veracruz.sirc.ReportStatus;
import org.junit.jupiter.api.Test;

class ReportWorkflowTest {
  @Test
  void theNormalLifeOfAReport() {
    ReportStatus s = ReportStatus.RECIBIDO;
    for (ReportAction a :
        new ReportAction[] {
          ReportAction.ASIGNAR, ReportAction.INICIAR, ReportAction.RESOLVER, ReportAction.CERRAR
        }) {
      s = ReportWorkflow.check(s, a, Set.of(Roles.SUPERVISOR)::contains).to();
    }
    assertThat(s).isEqualTo(ReportStatus.CERRADO);
  }

  @Test
  void aClosedReportAdmitsNothingAndTheMessageSaysSo() {
    assertThat(ReportWorkflow.available(ReportStatus.CERRADO, r -> true)).isEmpty();
    assertThatThrownBy(
            () -> ReportWorkflow.check(ReportStatus.CERRADO, ReportAction.INICIAR, r -> true))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("cerrado")
        .hasMessageContaining("iniciar");
  }

  @Test
  void anInvalidMoveListsThePossibleOnes() {
    assertThatThrownBy(
            () -> ReportWorkflow.check(ReportStatus.RECIBIDO, ReportAction.RESOLVER, r -> true))
        .hasMessageContaining("acciones posibles: asignar, rechazar");
  }

  @Test
  void onlySupervisorsCloseAndOnlyTheCitizenOrASupervisorReopens() {
    assertThatThrownBy(
            () ->
                ReportWorkflow.check(
                    ReportStatus.RESUELTO, ReportAction.CERRAR, Set.of(Roles.CAPTURISTA)::contains))
        .extracting(e -> ((BusinessRuleException) e).getCode())
        .isEqualTo("transicion-no-permitida");
    assertThat(
            ReportWorkflow.check(
                    ReportStatus.RESUELTO, ReportAction.REABRIR, ReportWorkflow.CITIZEN::equals)
                .to())
        .isEqualTo(ReportStatus.EN_PROCESO);
    assertThat(ReportWorkflow.available(ReportStatus.RESUELTO, Set.of(Roles.CAPTURISTA)::contains))
        .isEmpty();
  }

  @Test
  void auditorsAndTheCallCentreMakeNoTransition() {
    for (ReportStatus s : ReportStatus.values()) {
      assertThat(ReportWorkflow.available(s, Set.of(Roles.AUDITOR, Roles.ATENCION)::contains))
          .as(s.name())
          .isEmpty();
    }
  }

  @Test
  void everyStateButClosedHasAWayOutAndOpenMapsToOpen311() {
    EnumSet<ReportStatus> withExit = EnumSet.noneOf(ReportStatus.class);
    ReportWorkflow.TRANSITIONS.stream()
        .filter(t -> t.from() != t.to())
        .forEach(t -> withExit.add(t.from()));
    assertThat(withExit).isEqualTo(EnumSet.complementOf(EnumSet.of(ReportStatus.CERRADO)));
    assertThat(ReportStatus.EN_PROCESO.open311()).isEqualTo("open");
    assertThat(ReportStatus.RESUELTO.open311()).isEqualTo("closed");
  }
}
