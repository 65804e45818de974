package mx.gob.veracruz.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a typed address is compared with colonia names: case, accents and punctuation aside. */
class GeographyNormalizeTest {
  @Test
  void accentsCaseAndPunctuationDoNotMatter() {
    assertThat(GeographyFacade.normalize("Av. Díaz Mirón #123, Col. RICARDO FLORES MAGÓN"))
        .isEqualTo("av diaz miron 123 col ricardo flores magon");
    assertThat(GeographyFacade.normalize("  Ejido   Tarimoya ")).isEqualTo("ejido tarimoya");
    assertThat(GeographyFacade.normalize("Núñez-Peña")).isEqualTo("nunez pena");
  }
}
