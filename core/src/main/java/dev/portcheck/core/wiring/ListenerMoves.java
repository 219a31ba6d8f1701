package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.model.ListenVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What in a compose service's definition may move the listeners its image documents or exposes: a
 * command that runs something else, listen flags and variables ({@link #mayMovePorts}), and the
 * {@code EXPOSE}d port a main listen flag or variable moved the server away from ({@link
 * #movedByCommand}).
 */
final class ListenerMoves {
  private ListenerMoves() {}

  /**
   * The built image's one {@code EXPOSE}d port when the service's own command binds its main server
   * elsewhere by a listen flag ({@code gunicorn -b 0.0.0.0:8000} over {@code EXPOSE 5000}), or its
   * environment by a main listen variable ({@code ASPNETCORE_URLS=http://+:5101} over {@code EXPOSE
   * 80}): the exposed port documents a server that no longer runs there. Each such port maps to the
   * flag that moved it. With several exposed ports it is unknown which one the flag moved, and a
   * port the service also {@code expose}s stays.
   */
  static Map<Integer, Loc> movedByCommand(
      List<ComposeService> parts, List<ListenFlags.Listen> variables, Optional<DockerImage> image) {
    if (image.isEmpty() || image.get().documented()) {
      return Map.of();
    }
    List<ListenFlags.Listen> main = new ArrayList<>();
    for (ComposeService s : parts) {
      s.listens().stream().filter(ListenFlags.Listen::main).forEach(main::add);
    }
    // A variable its runtime reads for the main server's port does the same (PORT=5101).
    variables.stream().filter(ListenFlags.Listen::main).forEach(main::add);
    List<Integer> ports =
        image.get().exposed().stream().map(DockerImage.Exposed::port).distinct().toList();
    List<ListenFlags.Listen> lists =
        main.stream().filter(l -> l.variable() && ListenVariables.listsAll(l.name())).toList();
    if (!lists.isEmpty()) {
      // ASPNETCORE_URLS lists the addresses the server listens on: where it lists none of the
      // EXPOSEd ports (the template's 80 and 443), they document a server that no longer runs
      // there. Where it lists one, the others may be endpoints the application's code adds.
      if (ports.stream().anyMatch(p -> lists.stream().anyMatch(l -> l.port() == p))) {
        return Map.of();
      }
      Map<Integer, Loc> moved = new LinkedHashMap<>();
      for (int port : ports) {
        if (lists.stream().noneMatch(l -> l.port() == port) && !exposedBy(parts, port)) {
          moved.put(port, lists.get(0).loc());
        }
      }
      return moved;
    }
    if (main.isEmpty() || ports.size() != 1) {
      return Map.of();
    }
    int port = ports.get(0);
    // A publish of the port is what the publish rule judges, so only an expose keeps it.
    if (exposedBy(parts, port) || main.stream().anyMatch(l -> l.port() == port)) {
      return Map.of();
    }
    return Map.of(port, main.get(0).loc());
  }

  /** Whether the service's own {@code expose} lists {@code port}. */
  private static boolean exposedBy(List<ComposeService> parts, int port) {
    return parts.stream()
        .flatMap(s -> s.expose().stream())
        .anyMatch(e -> PortNumbers.port(e.value()) == port);
  }

  /**
   * A command that runs something else, an entrypoint, a listen flag or a port variable may make an
   * image listen elsewhere; flags handed to the image's own server move nothing by themselves.
   */
  static boolean mayMovePorts(ComposeService s) {
    return mayMovePorts(s, Set.of());
  }

  /** The same, where listen flags named in {@code known} move only the ports they name. */
  static boolean mayMovePorts(ComposeService s, Set<String> known) {
    if (s.commandSet() && !s.keepsServer()
        || s.listens().stream().anyMatch(l -> !known.contains(l.name()))) {
      return true;
    }
    Optional<Set<String>> only =
        !s.image().isEmpty() && s.build().isEmpty()
            ? OfficialImages.portVariables(s.image())
            : Optional.empty();
    if (only.isPresent()) {
      return s.environment().stream().anyMatch(e -> only.get().contains(e.name()));
    }
    for (Setting e : s.environment()) {
      if (ProxyLabels.readByProxy(e.name()) || HostPortPairs.isPair(e)) {
        // nginx-proxy reads VIRTUAL_PORT, not the container's process; a host and port pair
        // (DB_HOST + DB_PORT) is an address the process dials.
        continue;
      }
      if (ListenVariableNames.namesAPort(e.name())
          || ListenVariableNames.namesAListenAddress(e.name())
          || OfficialImages.movedBy(s.image(), e.name())) {
        return true;
      }
    }
    return false;
  }
}
