package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.model.ListenVariables;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports that a container's environment tells its process to listen on: the variables {@link
 * ListenVariables} names, holding a port number or listener addresses.
 */
final class EnvListeners {
  private EnvListeners() {}

  /** The ports {@code name=value} makes the process listen on; empty for any other variable. */
  static List<Integer> ports(String name, String value) {
    ListenVariables.Kind kind = ListenVariables.of(name);
    List<Integer> out = new ArrayList<>();
    if (kind == ListenVariables.Kind.PORT) {
      addPort(value.trim(), out);
    } else if (kind == ListenVariables.Kind.LISTENERS) {
      for (String listener : value.split(",")) {
        int colon = listener.lastIndexOf(':');
        if (colon >= 0) {
          addPort(listener.substring(colon + 1).trim(), out);
        }
      }
    }
    return out;
  }

  private static void addPort(String digits, List<Integer> out) {
    int port = PortNumbers.port(digits);
    if (port > 0) {
      out.add(port);
    }
  }
}
