package dev.portcheck.core.rules;

import dev.portcheck.core.wiring.Address;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeProject;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.Loc;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An application that no container runs dials {@code localhost} on the host it runs on. Next to a
 * compose project of the same tree, the host reaches the project's services at the host ports they
 * publish; a port that one of them listens on inside its network, and that none publishes, is the
 * classic slip of a broker's two listeners ({@code localhost:29092} where the broker publishes only
 * 9092). Said only where a service that publishes other ports keeps that one inside, every publish
 * of the tree is known, and no service shares the host's network.
 */
final class HostRunLoopback {
  private HostRunLoopback() {}

  /** The service listening at {@code a}'s port inside its network only, with what it publishes. */
  record Witness(String service, Loc listens, ComposeListeners listeners) {}

  /** The witness, or empty where the address is no loopback or the host may serve the port. */
  static Optional<Witness> unpublished(ComposeModel compose, Address a) {
    if (!a.loopback()) {
      return Optional.empty();
    }
    Witness found = null;
    for (ComposeProject project : compose.projects()) {
      for (Map.Entry<String, List<ComposeService>> e : project.services().entrySet()) {
        if (e.getValue().stream().anyMatch(ComposeService::hostNetwork)) {
          return Optional.empty(); // its process listens on the host's own ports
        }
        ComposeListeners l = compose.listeners(project, e.getKey());
        if (!l.complete() || l.published().containsKey(a.port())) {
          return Optional.empty();
        }
        // A port it publishes under another host port is reachable from the host; one it keeps
        // inside, beside others it publishes, is the internal listener of a service meant to be
        // reached from the host.
        Loc listens = l.container().get(a.port());
        boolean inside =
            listens != null
                && !l.published().isEmpty()
                && l.published().values().stream().noneMatch(p -> p.container() == a.port());
        if (found == null && inside) {
          found = new Witness(e.getKey(), listens, l);
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** The finding's text: what the host reaches and where the port is served instead. */
  static String message(String setting, Address a, Witness w) {
    // A witness publishes other ports: those are where the host reaches it.
    String publishes =
        "publishes "
            + w.listeners().published().values().stream()
                .map(p -> p.host() + " (" + p.loc() + ")")
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    return "'"
        + setting
        + "' dials "
        + a.host()
        + ":"
        + a.port()
        + " from the host (no compose service or pod runs this application), but no compose"
        + " service publishes host port "
        + a.port()
        + ": service '"
        + w.service()
        + "' listens on "
        + a.port()
        + " inside its network only ("
        + w.listens()
        + ") and "
        + publishes;
  }
}
