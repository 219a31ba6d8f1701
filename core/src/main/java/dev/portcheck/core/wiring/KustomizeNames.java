package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;

/**
 * The names a Service answers to once kustomize renders it: its own, and each {@code namePrefix}
 * and {@code nameSuffix} of the kustomizations that include it applied from the innermost out
 * ({@code staging-} over a base's {@code app-}: {@code staging-app-web}). A client written in an
 * overlay dials the renamed Service.
 */
final class KustomizeNames {
  private KustomizeNames() {}

  static List<String> of(KubeService service, List<Kustomize.Naming> namings) {
    List<String> names = new ArrayList<>();
    names.add(service.name());
    if (namings.isEmpty()) {
      return names;
    }
    List<Kustomize.Naming> covering = new ArrayList<>();
    for (Kustomize.Naming n : namings) {
      if (n.covers(service.loc().file())) {
        covering.add(n);
      }
    }
    for (Kustomize.Naming n : covering) {
      String name = renamed(service.name(), n, covering, covering.size());
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The name as kustomization {@code outer} renders it: the deepest covering kustomization that
   * {@code outer} includes renames first. Sibling overlays of one base each rename it on their own.
   */
  private static String renamed(
      String name, Kustomize.Naming outer, List<Kustomize.Naming> all, int steps) {
    Kustomize.Naming inner = null;
    for (Kustomize.Naming m : all) {
      if (m != outer
          && outer.covers(m.loc().file())
          && (inner == null || depth(m.loc().folder()) > depth(inner.loc().folder()))) {
        inner = m;
      }
    }
    // Resources that include each other (a cycle kustomize itself rejects) end after one round.
    String base = inner == null || steps <= 1 ? name : renamed(name, inner, all, steps - 1);
    return outer.prefix() + base + outer.suffix();
  }

  private static int depth(String folder) {
    return folder.isEmpty() ? 0 : folder.split("/").length;
  }
}
