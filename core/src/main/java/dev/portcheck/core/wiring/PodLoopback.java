package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The loopback addresses a pod's containers dial ({@code --upstream=http://127.0.0.1:8081/} of a
 * kube-rbac-proxy sidecar) that no container of the pod listens on. The containers of a pod share
 * one network namespace, so {@code localhost} is the pod itself; it is judged only where every
 * other container's main listener is set by a flag or variable written here, since a container
 * started with its image's defaults may listen anywhere, and never for a pod of one container (a
 * mesh may inject the sidecar it dials).
 */
public final class PodLoopback {
  private PodLoopback() {}

  /** One dial: the setting, the address, and the pod's listeners as evidence for a message. */
  public record Unserved(Setting setting, Address address, String listeners) {}

  /** The loopback dials of {@code w}'s containers that reach no listener of the pod. */
  public static List<Unserved> of(Workload w) {
    List<Workload.Container> containers = w.containers();
    if (containers.size() < 2 || containers.stream().anyMatch(c -> !c.portsKnown())) {
      return List.of();
    }
    List<Unserved> out = new ArrayList<>();
    for (Workload.Container c : containers) {
      // A listen address (--web.listen-address=127.0.0.1:9100, LISTEN_ADDR) is where the
      // container listens, not what it dials.
      Set<String> listenNames = new HashSet<>();
      c.listenEvidence().forEach(l -> listenNames.add(l.name()));
      for (Setting s : c.env()) {
        if (!listenNames.contains(s.name())) {
          check(containers, c, s, true, out);
        }
      }
      // An address the command line hands a proxy (--upstream) is where it forwards to: never
      // its own listener, which would forward to itself.
      for (Setting s : c.dials()) {
        if (!listenNames.contains(s.name())) {
          check(containers, c, s, false, out);
        }
      }
    }
    return out;
  }

  private static void check(
      List<Workload.Container> containers,
      Workload.Container from,
      Setting s,
      boolean itself,
      List<Unserved> out) {
    for (Address a : Address.in(s.value())) {
      if (a.loopback() && !served(containers, from, itself, a.port())) {
        out.add(new Unserved(s, a, listeners(containers)));
      }
    }
  }

  /**
   * False when a port reaches no container, every other one's main listener being known; {@code
   * itself} says whether the dialing container counts.
   */
  private static boolean served(
      List<Workload.Container> containers, Workload.Container from, boolean itself, int port) {
    for (Workload.Container c : containers) {
      if (c == from && !itself) {
        continue;
      }
      boolean mainKnown = c.listenEvidence().stream().anyMatch(ListenFlags.Listen::main);
      if (c != from && !mainKnown
          || c.declaresNumber(port)
          || c.listenEvidence().stream().anyMatch(l -> l.port() == port)) {
        return true;
      }
    }
    return false;
  }

  private static String listeners(List<Workload.Container> containers) {
    List<String> each = new ArrayList<>();
    for (Workload.Container c : containers) {
      List<String> ports = new ArrayList<>();
      c.listenEvidence().forEach(l -> ports.add(l.port() + " (" + l.describe() + ")"));
      c.ports().forEach(p -> ports.add(p.number() + " (" + p.loc() + ")"));
      if (!ports.isEmpty()) {
        each.add(
            "'" + c.name() + "' on " + ports.stream().distinct().collect(Collectors.joining(", ")));
      }
    }
    return String.join("; ", each);
  }
}
