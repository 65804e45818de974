package mx.gob.veracruz.pavg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import mx.gob.veracruz.pavg.PavgCodes.RiskLevel;
import org.junit.jupiter.api.Test;

class RiskAssessmentTest {
  @Test
  void levelsFollowTheScore() {
    assertThat(RiskAssessment.level(Set.of())).isEqualTo(RiskLevel.BAJO);
    assertThat(RiskAssessment.level(Set.of("CELOS_CONTROL", "AISLAMIENTO")))
        .isEqualTo(RiskLevel.BAJO);
    assertThat(RiskAssessment.level(Set.of("CELOS_CONTROL", "SEPARACION_RECIENTE")))
        .isEqualTo(RiskLevel.MEDIO);
    assertThat(
            RiskAssessment.level(
                Set.of("AUMENTO_FRECUENCIA", "SEPARACION_RECIENTE", "EMBARAZO", "CELOS_CONTROL")))
        .isEqualTo(RiskLevel.ALTO);
  }

  @Test
  void oneCriticalFactorIsAtLeastHighAndTwoAreExtreme() {
    assertThat(RiskAssessment.score(Set.of("ARMA"))).isEqualTo(4);
    assertThat(RiskAssessment.level(Set.of("ARMA"))).isEqualTo(RiskLevel.ALTO);
    assertThat(RiskAssessment.level(Set.of("ESTRANGULAMIENTO", "AMENAZA_MUERTE")))
        .isEqualTo(RiskLevel.EXTREMO);
  }

  @Test
  void everyAnswerYesIsExtreme() {
    assertThat(RiskAssessment.level(Set.copyOf(RiskAssessment.codes())))
        .isEqualTo(RiskLevel.EXTREMO);
  }

  @Test
  void aDocumentNameIsMadeSafeForTheHeader() {
    assertThat(PavgCaseFacade.safeName("..\\\\..//etc/pass\"wd<script>.pdf", "application/pdf"))
        .isEqualTo("pass_wd_script_.pdf");
    assertThat(PavgCaseFacade.safeName("Acta de nacimiento.JPG", "image/jpeg"))
        .isEqualTo("Acta_de_nacimiento.JPG");
    assertThat(PavgCaseFacade.safeName("", "image/png")).isEqualTo("documento.png");
    assertThat(PavgCaseFacade.sniff("%PDF-1.7".getBytes())).isEqualTo("application/pdf");
    assertThat(PavgCaseFacade.sniff("<html>".getBytes())).isNull();
  }
}
