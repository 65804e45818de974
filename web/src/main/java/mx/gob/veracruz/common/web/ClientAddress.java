package mx.gob.veracruz.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The caller's address for throttles and the audit trail. Behind a load balancer every request
 * comes from the balancer: list its addresses in {@code ciudad.trusted-proxies} (comma-separated)
 * and the right-most address of {@code X-Forwarded-For} that is not one of them is the client's. A
 * header from anyone else is ignored, so a caller cannot choose its own address.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(HttpServletRequest req) {
    return of(req.getRemoteAddr(), req.getHeader("X-Forwarded-For"), trustedProxies());
  }

  static String of(String remote, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null || !trusted.contains(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop.length() > 45 ? hop.substring(0, 45) : hop;
      }
    }
    return remote;
  }

  private static Set<String> trustedProxies() {
    String list =
        ConfigProvider.getConfig(ClientAddress.class.getClassLoader())
            .getOptionalValue("ciudad.trusted-proxies", String.class)
            .orElse("");
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
