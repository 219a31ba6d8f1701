package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels kustomizations add to the objects of their resources ({@code commonLabels}, {@code
 * labels} with {@code includeSelectors}): kustomize writes them into every pod template and every
 * selector, a Service's included (one that had none gets one), so the objects of a base that rely
 * on them select each other once rendered.
 */
final class KustomizeLabels {
  private KustomizeLabels() {}

  static List<Workload> onWorkloads(List<Workload> workloads, List<Kustomize.Naming> namings) {
    if (namings.stream().allMatch(n -> n.labels().isEmpty())) {
      return workloads;
    }
    List<Workload> out = new ArrayList<>(workloads.size());
    for (Workload w : workloads) {
      Map<String, String> added = added(w.loc().file(), namings);
      if (added.isEmpty()) {
        out.add(w);
        continue;
      }
      Map<String, String> labels = new HashMap<>(w.labels());
      labels.putAll(added);
      out.add(w.withLabels(labels));
    }
    return out;
  }

  static List<KubeService> onServices(List<KubeService> services, List<Kustomize.Naming> namings) {
    if (namings.stream().allMatch(n -> n.labels().isEmpty())) {
      return services;
    }
    List<KubeService> out = new ArrayList<>(services.size());
    for (KubeService s : services) {
      Map<String, String> added = added(s.loc().file(), namings);
      if (added.isEmpty()) {
        out.add(s);
        continue;
      }
      Map<String, String> selector = new HashMap<>(s.selector());
      selector.putAll(added);
      Map<String, String> labels = new HashMap<>(s.labels());
      labels.putAll(added);
      out.add(
          new KubeService(
              s.name(),
              s.namespace(),
              selector,
              s.selectorKnown(),
              s.headless(),
              s.ports(),
              s.loc(),
              labels,
              s.labelsKnown()));
    }
    return out;
  }

  /** The labels of every kustomization that renders {@code file}; the outer ones win. */
  private static Map<String, String> added(String file, List<Kustomize.Naming> namings) {
    Map<String, String> added = new HashMap<>();
    List<Kustomize.Naming> covering = new ArrayList<>();
    for (Kustomize.Naming n : namings) {
      if (!n.labels().isEmpty() && n.covers(file)) {
        covering.add(n);
      }
    }
    // Deeper kustomizations render first; an overlay's value for the same key replaces theirs.
    covering.sort((a, b) -> Integer.compare(depth(b.loc().folder()), depth(a.loc().folder())));
    covering.forEach(n -> added.putAll(n.labels()));
    return added;
  }

  private static int depth(String folder) {
    return folder.isEmpty() ? 0 : folder.split("/").length;
  }
}
