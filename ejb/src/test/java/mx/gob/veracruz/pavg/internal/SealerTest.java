package mx.gob.veracruz.pavg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealerTest {
  static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
  static final String K2 =
      Base64.getEncoder()
          .encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

  static Map<String, String> content() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", "Ana Canario");
    m.put("phone", null);
    m.put("narrative", "Relato con acentos: ñ, á, «comillas»");
    return m;
  }

  @Test
  void sealsWithTheCurrentKeyAndOpensWhatItSealed() {
    Sealer s = Sealer.withKeys("k1", Map.of("k1", K1));
    Sealer.Sealed sealed = s.seal("PAVG_CASE", 7, content());
    assertThat(sealed.keyId()).isEqualTo("k1");
    assertThat(sealed.text()).doesNotContain("Canario");
    assertThat(new String(Base64.getDecoder().decode(sealed.text()), StandardCharsets.ISO_8859_1))
        .doesNotContain("Canario");
    assertThat(s.open("PAVG_CASE", 7, "k1", sealed.text())).isEqualTo(content());
  }

  @Test
  void everySealIsDifferentEvenForTheSameContent() {
    Sealer s = Sealer.withKeys("k1", Map.of("k1", K1));
    assertThat(s.seal("PAVG_CASE", 7, content()).text())
        .isNotEqualTo(s.seal("PAVG_CASE", 7, content()).text());
  }

  @Test
  void aSealCopiedToAnotherRowOrTableDoesNotOpen() {
    Sealer s = Sealer.withKeys("k1", Map.of("k1", K1));
    String text = s.seal("PAVG_CASE", 7, content()).text();
    assertThatThrownBy(() -> s.open("PAVG_CASE", 8, "k1", text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("Canario");
    assertThatThrownBy(() -> s.open("PAVG_ENTRY", 7, "k1", text))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTamperedSealDoesNotOpen() {
    Sealer s = Sealer.withKeys("k1", Map.of("k1", K1));
    byte[] b = Base64.getDecoder().decode(s.seal("PAVG_CASE", 7, content()).text());
    b[b.length / 2] ^= 1;
    assertThatThrownBy(() -> s.open("PAVG_CASE", 7, "k1", Base64.getEncoder().encodeToString(b)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterARotationOldSealsStillOpenAndNewOnesUseTheNewKey() {
    Sealer before = Sealer.withKeys("k1", Map.of("k1", K1));
    String old = before.seal("PAVG_CASE", 7, content()).text();
    Sealer after = Sealer.withKeys("k2", Map.of("k1", K1, "k2", K2));
    assertThat(after.open("PAVG_CASE", 7, "k1", old)).isEqualTo(content());
    Sealer.Sealed again = after.seal("PAVG_CASE", 7, after.open("PAVG_CASE", 7, "k1", old));
    assertThat(again.keyId()).isEqualTo("k2");
    assertThat(after.open("PAVG_CASE", 7, "k2", again.text())).isEqualTo(content());
    // the old key alone cannot open the new seal
    assertThatThrownBy(() -> after.open("PAVG_CASE", 7, "k1", again.text()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void withoutTheKeyNothingIsSealedInClear() {
    Sealer s = Sealer.withKeys("k9", Map.of("k1", K1));
    assertThat(s.ready()).isFalse();
    assertThatThrownBy(() -> s.seal("PAVG_CASE", 1, content()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ciudad.pavg.llave.k9");
  }

  @Test
  void bytesAreSealedToo() {
    Sealer s = Sealer.withKeys("k1", Map.of("k1", K1));
    byte[] doc = "%PDF-1.4 Canario".getBytes(StandardCharsets.US_ASCII);
    byte[] sealed = s.sealBytes("PAVG_DOCUMENT", 3, "k1", doc);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Canario");
    assertThat(s.openBytes("PAVG_DOCUMENT", 3, "k1", sealed)).isEqualTo(doc);
  }
}
