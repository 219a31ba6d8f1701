package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables a container takes from the ConfigMaps its {@code envFrom} names: each key of the
 * ConfigMap's data becomes a variable, below the container's own {@code env} (Kubernetes lets
 * {@code env} win). Only the listen variables are added ({@code PORT}, {@code ASPNETCORE_URLS}):
 * they say where the process listens; the ConfigMap's addresses are judged where the ConfigMap is.
 */
final class EnvFromConfigMaps {
  private EnvFromConfigMaps() {}

  static List<Workload> apply(List<Workload> workloads, List<ConfigMapValues> configMaps) {
    if (configMaps.isEmpty()
        || workloads.stream()
            .flatMap(w -> w.containers().stream())
            .allMatch(c -> c.envFrom().isEmpty())) {
      return workloads;
    }
    Map<String, List<ConfigMapValues>> byName = new HashMap<>();
    for (ConfigMapValues m : configMaps) {
      byName.computeIfAbsent(m.name(), n -> new ArrayList<>()).add(m);
    }
    List<Workload> out = new ArrayList<>(workloads.size());
    for (Workload w : workloads) {
      List<Workload.Container> containers = new ArrayList<>();
      boolean changed = false;
      for (Workload.Container c : w.containers()) {
        List<Setting> more = variables(c, w.namespace(), byName);
        changed |= !more.isEmpty();
        containers.add(more.isEmpty() ? c : c.withEnvFrom(more));
      }
      out.add(changed ? w.withContainers(containers) : w);
    }
    return out;
  }

  private static List<Setting> variables(
      Workload.Container c, String namespace, Map<String, List<ConfigMapValues>> byName) {
    List<Setting> out = new ArrayList<>();
    Set<String> own = new HashSet<>();
    c.env().forEach(e -> own.add(e.name()));
    for (String name : c.envFrom()) {
      for (ConfigMapValues m : byName.getOrDefault(name, List.of())) {
        // An object without a namespace lands in the one it is applied to: it may be the pod's.
        if (!m.namespace().isEmpty() && !namespace.isEmpty() && !m.namespace().equals(namespace)) {
          continue;
        }
        for (Setting s : m.data()) {
          if (!own.contains(s.name()) && !EnvListeners.ports(s.name(), s.value()).isEmpty()) {
            own.add(s.name());
            out.add(s);
          }
        }
      }
    }
    return out;
  }
}
