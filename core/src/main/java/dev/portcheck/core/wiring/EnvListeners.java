package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ports that a container's environment tells its process to listen on, by one documented rule: a
 * variable named {@code PORT}, {@code SERVER_PORT}, {@code HTTP_PORT} or {@code LISTEN_PORT}, or
 * ending in {@code _SERVER_PORT}, {@code _HTTP_PORT} or {@code _LISTEN_PORT}, holding a port number
 * (Heroku-style {@code PORT}, Spring's relaxed {@code SERVER_PORT}, Micronaut's {@code
 * MICRONAUT_SERVER_PORT}); and a variable ending in {@code LISTENERS} holding listener addresses
 * (Kafka's {@code KAFKA_LISTENERS=CONTROLLER://:19092,PLAINTEXT://:29092}). Advertised listeners
 * are the addresses clients are told to use, not sockets, and other {@code *_PORT} variables are
 * mostly a client's ({@code DB_PORT}).
 */
final class EnvListeners {
  private EnvListeners() {}

  private static final Set<String> PORT_NAMES =
      Set.of("PORT", "SERVER_PORT", "HTTP_PORT", "LISTEN_PORT");
  private static final List<String> PORT_SUFFIXES =
      List.of("_SERVER_PORT", "_HTTP_PORT", "_LISTEN_PORT");

  /** The ports {@code name=value} makes the process listen on; empty for any other variable. */
  static List<Integer> ports(String name, String value) {
    String n = name.trim().toUpperCase(Locale.ROOT);
    List<Integer> out = new ArrayList<>();
    if (PORT_NAMES.contains(n) || endsWithPortSuffix(n)) {
      addPort(value.trim(), out);
    } else if (n.endsWith("LISTENERS") && !n.contains("ADVERTISED")) {
      for (String listener : value.split(",")) {
        int colon = listener.lastIndexOf(':');
        if (colon >= 0) {
          addPort(listener.substring(colon + 1).trim(), out);
        }
      }
    }
    return out;
  }

  private static boolean endsWithPortSuffix(String name) {
    for (String suffix : PORT_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static void addPort(String digits, List<Integer> out) {
    int port = PortNumbers.port(digits);
    if (port > 0) {
      out.add(port);
    }
  }
}
