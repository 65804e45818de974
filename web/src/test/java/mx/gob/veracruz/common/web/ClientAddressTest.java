package mx.gob.veracruz.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private static final Set<String> BALANCERS = Set.of("10.0.0.5", "10.0.0.6");

  @Test
  void theForwardedAddressCountsOnlyWhenABalancerSentIt() {
    assertThat(ClientAddress.of("10.0.0.5", "201.1.2.3", BALANCERS)).isEqualTo("201.1.2.3");
    // A client that writes its own header before the balancer appends the real one.
    assertThat(ClientAddress.of("10.0.0.5", "1.1.1.1, 201.1.2.3", BALANCERS))
        .isEqualTo("201.1.2.3");
    assertThat(ClientAddress.of("10.0.0.6", "201.1.2.3, 10.0.0.5", BALANCERS))
        .isEqualTo("201.1.2.3");
    // Anyone else cannot choose an address by sending the header.
    assertThat(ClientAddress.of("201.9.9.9", "1.1.1.1", BALANCERS)).isEqualTo("201.9.9.9");
    assertThat(ClientAddress.of("10.0.0.5", null, BALANCERS)).isEqualTo("10.0.0.5");
  }
}
