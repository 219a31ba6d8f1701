package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ListenVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a compose service's own definition says of its listeners beyond ports and images: the ports
 * its healthcheck calls on itself, and the listener lists its environment gives its servers.
 */
public final class ServiceListenEvidence {
  private ServiceListenEvidence() {}

  private static final Set<String> SELF = Set.of("localhost", "127.0.0.1", "0.0.0.0", "::1");

  /**
   * True when {@code host}, dialed from inside {@code service}'s container, is that container: a
   * loopback address, or the service's own name or alias.
   */
  public static boolean isItself(ComposeProject project, String service, String host) {
    return isLoopback(host) || project.serviceFor(host).filter(service::equals).isPresent();
  }

  /** True for a loopback or any-address host: from inside a container, the container itself. */
  static boolean isLoopback(String host) {
    return SELF.contains(host);
  }

  /** The ports the service's healthcheck calls on itself ({@link #isItself}). */
  static Map<Integer, Loc> selfChecked(
      ComposeProject project, String service, List<ComposeService> parts) {
    Map<Integer, Loc> out = new LinkedHashMap<>();
    for (ComposeService s : parts) {
      for (Setting test : s.healthcheck()) {
        project
            .interpolate(test.value())
            .ifPresent(
                text -> {
                  for (Address a : Address.in(text)) {
                    if (isItself(project, service, a.host())) {
                      out.putIfAbsent(a.port(), test.loc());
                    }
                  }
                });
      }
    }
    return out;
  }

  /**
   * The listener lists the service's environment gives its servers ({@code KSQL_LISTENERS:
   * http://0.0.0.0:8088}), by the server's name in the variable; Kafka's own list aside, which
   * {@link KafkaListeners} reads with the broker's defaults.
   */
  static Map<String, Map<Integer, Loc>> serverLists(
      ComposeProject project, List<ComposeService> parts) {
    Map<String, Map<Integer, Loc>> out = new java.util.TreeMap<>();
    for (ComposeService s : parts) {
      for (Setting e : s.environment()) {
        String name = ListenVariables.canonical(e.name());
        if (ListenVariables.of(name) != ListenVariables.Kind.LISTENERS
            || !name.endsWith("_LISTENERS")
            || name.equals("KAFKA_LISTENERS")
            || name.equals("KAFKA_CFG_LISTENERS")) {
          continue;
        }
        String server = name.substring(0, name.length() - "_LISTENERS".length());
        Optional<String> value = project.interpolate(e.value());
        if (server.length() < 3 || value.isEmpty()) {
          continue;
        }
        List<Integer> ports = EnvListeners.ports(name, value.get());
        if (!ports.isEmpty()) {
          Map<Integer, Loc> listed = new LinkedHashMap<>();
          ports.forEach(p -> listed.putIfAbsent(p, e.loc()));
          out.put(server, listed);
        }
      }
    }
    return out;
  }
}
