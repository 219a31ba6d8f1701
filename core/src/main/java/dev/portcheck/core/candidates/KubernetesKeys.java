package dev.portcheck.core.candidates;

import java.util.function.Function;

/** How a Kubernetes object's fields around a value say what the value is. */
final class KubernetesKeys {
  private KubernetesKeys() {}

  /**
   * The key a value is judged by: its own, or for a Kubernetes container's {@code env[i].value} the
   * variable it sets ({@code ...env[3].value} of {@code name: PORT} reads as {@code ...env.PORT}),
   * so {@code PORT: "3550"} and {@code CATALOG_ADDR: catalog:3550} are ports and addresses as they
   * would be in a compose {@code environment} map.
   */
  static String namedKey(String key, Function<String, String> valueOf) {
    if (!key.endsWith("].value")) {
      return key;
    }
    int open = key.lastIndexOf('[');
    if (open < 4 || !key.startsWith(".env", open - 4)) {
      return key;
    }
    String name = valueOf.apply(key.substring(0, key.length() - "value".length()) + "name");
    return name == null || name.isEmpty() || TemplateMask.hasTemplate(name)
        ? key
        : key.substring(0, open) + "." + name;
  }

  /**
   * The {@code protocol} beside a Kubernetes port field (TCP when absent, as the API defaults it),
   * so a port declared once for TCP and once for UDP is two sockets, not a clash.
   */
  static Protocol declaredProtocol(String key, Function<String, String> valueOf) {
    int dot = key.lastIndexOf('.');
    if (dot < 0) {
      return Protocol.TCP;
    }
    return Protocol.declared(valueOf.apply(key.substring(0, dot + 1) + "protocol"));
  }
}
