package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes NetworkPolicy's ingress side: once a policy selects a pod for ingress, only traffic
 * that an ingress rule of some policy selecting it admits reaches the pod.
 *
 * @param namespace the policy's namespace, empty when unset; it selects pods of its own only
 * @param podSelector the literal {@code podSelector.matchLabels}; empty selects every pod
 * @param known false when the selector or a port is templated, or the selector has expressions
 * @param rules its ingress rules; a policy for ingress that shows none denies all, or admits all
 *     through a rule written as an empty mapping ({@code - {}}), which holds no entry to read
 * @param loc where the object's {@code kind} is written
 */
public record NetworkPolicy(
    String name,
    String namespace,
    Map<String, String> podSelector,
    boolean known,
    List<Rule> rules,
    Loc loc) {

  public NetworkPolicy {
    podSelector = Map.copyOf(podSelector);
    rules = List.copyOf(rules);
  }

  /** One ingress rule: the ports it admits, every port when it lists none. */
  public record Rule(List<Port> ports) {
    public Rule {
      ports = List.copyOf(ports);
    }

    /** Whether the rule admits {@code number}, the container port {@code name} names, if any. */
    public boolean admits(int number, String name, Protocol protocol) {
      return ports.isEmpty() || ports.stream().anyMatch(p -> p.admits(number, name, protocol));
    }
  }

  /**
   * A port of a rule: a number (up to {@code endPort} for a range) or a container port's name.
   *
   * @param endPort the range's last port, -1 for one port
   */
  public record Port(PortRef port, int endPort, Protocol protocol, Loc loc) {
    boolean admits(int number, String name, Protocol other) {
      if (protocol != other) {
        return false;
      }
      if (port.isName()) {
        return port.name().equals(name);
      }
      if (!port.isNumber()) {
        return true; // a rule port that names no port admits each of its protocol
      }
      return port.isNumber()
          && (number == port.number()
              || endPort >= 0 && number >= port.number() && number <= endPort);
    }
  }

  /** The same policy, no longer judged: its text holds what its entries do not show. */
  public NetworkPolicy unknown() {
    return new NetworkPolicy(name, namespace, podSelector, false, rules, loc);
  }

  /** Whether the policy selects a pod labelled {@code labels} in {@code other}'s namespace. */
  public boolean selects(String other, Map<String, String> labels) {
    boolean sameNamespace = namespace.isEmpty() || other.isEmpty() || namespace.equals(other);
    return sameNamespace
        && podSelector.entrySet().stream()
            .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }

  /** Whether any rule admits the port. */
  public boolean admits(int number, String name, Protocol protocol) {
    return rules.stream().anyMatch(r -> r.admits(number, name, protocol));
  }

  /** How messages name it and the ports it admits: {@code 8082/tcp, 8084/tcp}. */
  public String admitted() {
    StringBuilder out = new StringBuilder();
    for (Rule r : rules) {
      for (Port p : r.ports()) {
        out.append(out.length() == 0 ? "" : ", ")
            .append(p.port())
            .append(p.endPort() >= 0 ? "-" + p.endPort() : "")
            .append('/')
            .append(p.protocol().id());
      }
    }
    return out.toString();
  }
}
