package dev.portcheck.core.wiring;

import java.util.List;
import java.util.Map;

/**
 * A Prometheus Operator {@code ServiceMonitor} or {@code PodMonitor}: the operator scrapes the
 * Services (or pods) its selector picks, at the ports its endpoints name.
 *
 * @param kind {@code ServiceMonitor} or {@code PodMonitor}
 * @param namespace the monitor's own namespace, empty when unset
 * @param namespaces the namespaces {@code namespaceSelector.matchNames} lists; empty for its own
 * @param anyNamespace {@code namespaceSelector.any: true}
 * @param matchLabels the selector's literal {@code matchLabels}
 * @param selectorKnown false when the selector has {@code matchExpressions} or a templated label
 * @param ports each endpoint's {@code port}: a Service port's name (ServiceMonitor) or a container
 *     port's name (PodMonitor), located where it is written
 * @param loc where the object's {@code kind} is written
 */
public record Monitor(
    String kind,
    String name,
    String namespace,
    List<String> namespaces,
    boolean anyNamespace,
    Map<String, String> matchLabels,
    boolean selectorKnown,
    List<Setting> ports,
    Loc loc) {

  public Monitor {
    namespaces = List.copyOf(namespaces);
    matchLabels = Map.copyOf(matchLabels);
    ports = List.copyOf(ports);
  }

  /** True for a PodMonitor, whose ports are container port names. */
  public boolean ofPods() {
    return kind.equals("PodMonitor");
  }

  /** Whether the monitor looks for its targets in {@code other}, a Service's or pod's namespace. */
  public boolean watches(String other) {
    if (anyNamespace || other.isEmpty()) {
      return true;
    }
    return namespaces.isEmpty()
        ? namespace.isEmpty() || namespace.equals(other)
        : namespaces.contains(other);
  }

  /** Whether the selector picks an object with {@code labels}. */
  public boolean selects(Map<String, String> labels) {
    return matchLabels.entrySet().stream()
        .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }

  /** How messages name it: {@code ServiceMonitor 'alertmanager-main'}. */
  public String describe() {
    return kind + " '" + name + "'";
  }
}
