package mx.gob.veracruz.cliente;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import mx.gob.veracruz.cliente.api.CuentaApi;
import mx.gob.veracruz.cliente.api.MiCuentaApi;
import mx.gob.veracruz.cliente.modelo.TokenRequest;
import org.junit.jupiter.api.Test;

/**
 * The generated client has the app's operations: what an app developer would call. (That it was
 * generated from a validated description and compiles is the main proof; this names what must be
 * there.)
 */
class GeneratedClientTest {
  @Test
  void theAppsOperationsAreThere() {
    assertThat(names(CuentaApi.class)).contains("signUp", "jwks", "reset");
    assertThat(names(CuentaApi.class))
        .anyMatch(n -> n.startsWith("token"))
        .anyMatch(n -> n.startsWith("revoke"));
    assertThat(names(MiCuentaApi.class))
        .contains("items", "item", "document", "account", "fileReport", "registerDevice");
    // Request bodies are typed (records of the web module). Answers built from the ejb module's
    // records come out as Object: Payara's OpenAPI models only the WAR's own classes.
    assertThat(new TokenRequest().grantType("password").email("a@example.org").getGrantType())
        .isEqualTo("password");
    assertThat(method(MiCuentaApi.class, "items").getReturnType()).isEqualTo(java.util.List.class);
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:8080");
    assertThat(new MiCuentaApi(client)).isNotNull();
  }

  static Method method(Class<?> api, String name) {
    return Arrays.stream(api.getMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static String[] names(Class<?> api) {
    return Arrays.stream(api.getMethods()).map(Method::getName).toArray(String[]::new);
  }
}
