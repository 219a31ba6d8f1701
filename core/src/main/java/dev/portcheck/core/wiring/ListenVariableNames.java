package dev.portcheck.core.wiring;

import java.util.Set;

/**
 * What an environment variable's name says about a server: that it sets a port ({@code HTTP_PORT})
 * or a listen address ({@code MEILI_HTTP_ADDR}). An image's documented ports may move with such a
 * variable, so they stop being evidence of where it listens.
 */
public final class ListenVariableNames {
  private ListenVariableNames() {}

  /**
   * True when a word of the variable's name says where a server listens ({@code MEILI_HTTP_ADDR},
   * {@code VAULT_DEV_LISTEN_ADDRESS}, {@code CONSUL_BIND_INTERFACE}): an image's documented port
   * may move with it, as with a port variable.
   */
  static boolean namesAListenAddress(String name) {
    for (String w : HostPortPairs.words(name)) {
      if (w.equals("addr") || w.equals("address") || w.equals("listen") || w.equals("bind")) {
        return true;
      }
    }
    return false;
  }

  /** English words that end in "port" and name none ({@code OTEL_EXPORTER} is no port either). */
  private static final Set<String> NOT_PORTS =
      Set.of(
          "export",
          "import",
          "report",
          "support",
          "transport",
          "passport",
          "sport",
          "airport",
          "viewport",
          "teleport",
          "rapport",
          "deport");

  /**
   * True when a word of the variable's name is a port ({@code PORT}, {@code HTTP_PORT}, {@code
   * GRPC_PORTS}, {@code serverPort}): {@code OTEL_EXPORTER_OTLP_ENDPOINT} holds the letters but
   * sets no port, and an image keeps its documented ports beside it.
   */
  public static boolean namesAPort(String name) {
    for (String w : HostPortPairs.words(name)) {
      if (w.equals("port") || w.equals("ports") || w.endsWith("port") && !NOT_PORTS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
