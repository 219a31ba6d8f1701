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
 * A variable set by {@code valueFrom.configMapKeyRef} takes the value of that key, where the
 * ConfigMap is read ({@code SPRING_PROFILES_ACTIVE} from a shared ConfigMap chooses the profile).
 */
final class EnvFromConfigMaps {
  private EnvFromConfigMaps() {}

  static List<Workload> apply(List<Workload> workloads, List<ConfigMapValues> configMaps) {
    if (configMaps.isEmpty()
        || workloads.stream()
            .flatMap(w -> w.containers().stream())
            .allMatch(c -> c.envFrom().isEmpty() && !hasKeyRef(c))) {
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
        Workload.Container resolved = hasKeyRef(c) ? withKeyRefs(c, w.namespace(), byName) : c;
        List<Setting> more = variables(resolved, w.namespace(), byName);
        changed |= resolved != c || !more.isEmpty();
        containers.add(more.isEmpty() ? resolved : resolved.withEnvFrom(more));
      }
      out.add(changed ? w.withContainers(containers) : w);
    }
    return out;
  }

  private static boolean hasKeyRef(Workload.Container c) {
    for (Setting s : c.env()) {
      if (Workload.Container.configMapKeyOf(s.value()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The container with each {@code valueFrom.configMapKeyRef} variable set to the value the named
   * ConfigMap's key holds, located there; one whose ConfigMap or key is not read stays unknown.
   */
  private static Workload.Container withKeyRefs(
      Workload.Container c, String namespace, Map<String, List<ConfigMapValues>> byName) {
    List<Setting> env = new ArrayList<>(c.env().size());
    for (Setting s : c.env()) {
      Setting resolved = s;
      var ref = Workload.Container.configMapKeyOf(s.value());
      if (ref.isPresent()) {
        for (ConfigMapValues m : byName.getOrDefault(ref.get().getKey(), List.of())) {
          if (inNamespace(m, namespace)) {
            for (Setting d : m.data()) {
              if (d.name().equals(ref.get().getValue())) {
                resolved = new Setting(s.name(), d.value(), d.loc());
              }
            }
          }
        }
      }
      env.add(resolved);
    }
    return c.withEnv(env);
  }

  /** An object without a namespace lands in the one it is applied to: it may be the pod's. */
  private static boolean inNamespace(ConfigMapValues m, String namespace) {
    return m.namespace().isEmpty() || namespace.isEmpty() || m.namespace().equals(namespace);
  }

  private static List<Setting> variables(
      Workload.Container c, String namespace, Map<String, List<ConfigMapValues>> byName) {
    List<Setting> out = new ArrayList<>();
    Set<String> own = new HashSet<>();
    c.env().forEach(e -> own.add(e.name()));
    for (String name : c.envFrom()) {
      for (ConfigMapValues m : byName.getOrDefault(name, List.of())) {
        if (!inNamespace(m, namespace)) {
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
