package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workloads as kustomize renders them, as far as ports go: a JSON 6902 patch that adds args or
 * ports to a container adds them to every workload its kustomization targets; a strategic merge
 * patch (a partial object of the same kind and name) adds its containers' ports, args and env to
 * its target's containers of the same name, and is no workload of its own. Patches of several
 * overlays all add to their common base: evidence only grows, so a verdict never rests on one
 * overlay's view.
 */
final class KustomizeOverlay {
  private static final Pattern CONTAINER_FIELD =
      Pattern.compile("/spec/template/spec/containers/(\\d+)/(args|command|ports)(?:/(-|\\d+))?");
  // A whole container: added at the end or at an index, replaced or removed.
  private static final Pattern CONTAINER =
      Pattern.compile("/spec/template/spec/containers/(-|\\d+)");
  private static final String CONTAINERS = "/spec/template/spec/containers";

  private KustomizeOverlay() {}

  static List<Workload> apply(
      List<Workload> workloads,
      List<Kustomize.PatchRef> refs,
      Map<String, List<Kustomize.PatchOp>> ops) {
    if (refs.isEmpty()) {
      return workloads;
    }
    Set<String> patchFiles = new HashSet<>();
    refs.forEach(r -> patchFiles.add(r.patchFile()));
    List<Workload> partial = new ArrayList<>();
    List<Workload> out = new ArrayList<>();
    for (Workload w : workloads) {
      (patchFiles.contains(w.loc().file()) ? partial : out).add(w);
    }
    for (Kustomize.PatchRef ref : refs) {
      List<Kustomize.PatchOp> fileOps = ops.getOrDefault(ref.patchFile(), List.of());
      if (fileOps.isEmpty()) {
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        Workload w = out.get(i);
        if (targets(ref, w)) {
          Workload applied = jsonPatch(w, fileOps);
          out.set(i, applied);
        }
      }
    }
    for (Workload p : partial) {
      // Refs of one kustomization to its own inline patches share the file: merged once.
      Set<List<String>> merged = new HashSet<>();
      for (Kustomize.PatchRef ref : refs) {
        if (!ref.patchFile().equals(p.loc().file()) || !merged.add(ref.resources())) {
          continue;
        }
        for (int i = 0; i < out.size(); i++) {
          Workload w = out.get(i);
          if (w.kind().equals(p.kind())
              && w.name().equals(p.name())
              && ref.covers(w.loc().file())) {
            out.set(i, merge(w, p));
          }
        }
      }
    }
    return out;
  }

  private static boolean targets(Kustomize.PatchRef ref, Workload w) {
    return (ref.kind().isEmpty() || ref.kind().equals(w.kind()))
        && (ref.name().isEmpty() || ref.name().equals(w.name()))
        && ref.covers(w.loc().file());
  }

  /**
   * The Services a module's manifests define: a strategic merge patch of a Service is merged onto
   * the Service of that name its kustomization renders, and is no Service of its own (a patch that
   * only adds annotations has no ports, and must not read as a Service that serves none).
   */
  static List<KubeService> services(List<KubeService> services, List<Kustomize.PatchRef> refs) {
    if (refs.isEmpty()) {
      return services;
    }
    Set<String> patchFiles = new HashSet<>();
    refs.forEach(r -> patchFiles.add(r.patchFile()));
    List<KubeService> out = new ArrayList<>();
    for (KubeService s : services) {
      if (!patchFiles.contains(s.loc().file())) {
        out.add(s);
      }
    }
    return out;
  }

  private static Workload jsonPatch(Workload w, List<Kustomize.PatchOp> ops) {
    List<Workload.Container> containers = new ArrayList<>(w.containers());
    for (Kustomize.PatchOp op : ops) {
      Matcher whole = CONTAINER.matcher(op.path());
      if (whole.matches()) {
        wholeContainer(op, whole.group(1), containers);
        continue;
      }
      Matcher m = CONTAINER_FIELD.matcher(op.path());
      if (!m.matches()) {
        if (op.path().startsWith(CONTAINERS) && touchesPorts(op.path())) {
          // A change to the containers portcheck does not follow (the whole list, one port's
          // number): what they declare is no longer known.
          containers.replaceAll(Workload.Container::withPortsUnknown);
        }
        continue;
      }
      int index = Integer.parseInt(m.group(1));
      if (index >= containers.size()) {
        continue;
      }
      Workload.Container c = containers.get(index);
      if (m.group(2).equals("ports")) {
        List<Workload.ContainerPort> added = portsOf(op);
        String at = m.group(3);
        if (op.op().equals("replace") && at != null && !at.equals("-")) {
          int n = Integer.parseInt(at);
          List<Workload.ContainerPort> kept = new ArrayList<>(c.ports());
          if (n < kept.size()) {
            kept.remove(n);
          }
          c = c.withPorts(kept);
        }
        containers.set(index, withPorts(c, added));
      } else {
        List<ListenFlags.Word> words = new ArrayList<>();
        op.values().forEach(v -> words.add(new ListenFlags.Word(v.value(), v.loc())));
        containers.set(index, withListens(c, ListenFlags.of(words)));
      }
    }
    return withContainers(w, containers);
  }

  /** True for a pointer below the containers that may change a declared port. */
  private static boolean touchesPorts(String path) {
    String rest = path.substring(CONTAINERS.length());
    return rest.isEmpty() || rest.contains("/ports/");
  }

  /**
   * An operation on a whole container ({@code add} at {@code -} or an index, {@code replace},
   * {@code remove}): a sidecar a patch adds declares its ports as any container does.
   */
  private static void wholeContainer(
      Kustomize.PatchOp op, String at, List<Workload.Container> containers) {
    int index = at.equals("-") ? containers.size() : Integer.parseInt(at);
    if (index > containers.size()) {
      return; // kustomize rejects the patch
    }
    switch (op.op()) {
      case "add" -> containers.add(index, containerOf(op));
      case "replace" -> {
        if (index < containers.size()) {
          containers.set(index, containerOf(op));
        }
      }
      case "remove" -> {
        if (index < containers.size()) {
          containers.remove(index);
        }
      }
      default -> containers.replaceAll(Workload.Container::withPortsUnknown);
    }
  }

  /**
   * The container a JSON patch value writes: its name, image, ports and the flags of its command
   * and args. Its probes and environment are not read, so its launch counts as open.
   */
  private static Workload.Container containerOf(Kustomize.PatchOp op) {
    String name = "";
    String image = "";
    boolean portsKnown = true;
    List<ListenFlags.Word> words = new ArrayList<>();
    for (Setting v : op.values()) {
      switch (v.name()) {
        case "name" -> name = v.value();
        case "image" -> image = v.value();
        default -> {
          if (v.name().startsWith("args[") || v.name().startsWith("command[")) {
            words.add(new ListenFlags.Word(v.value(), v.loc()));
          } else if (v.name().startsWith("ports[")
              && v.name().endsWith(".containerPort")
              && !PortRef.parse(v.value()).isNumber()) {
            portsKnown = false;
          }
        }
      }
    }
    return new Workload.Container(
        name,
        portsOf(op),
        portsKnown,
        List.of(),
        List.of(),
        image,
        true,
        ListenFlags.of(words),
        List.of(),
        op.loc());
  }

  /** The container ports a JSON patch value declares: one port map, or a list of them. */
  private static List<Workload.ContainerPort> portsOf(Kustomize.PatchOp op) {
    Map<String, Map<String, Setting>> byItem = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Setting v : op.values()) {
      int dot = v.name().lastIndexOf('.');
      String item = dot < 0 ? "" : v.name().substring(0, dot);
      String field = dot < 0 ? v.name() : v.name().substring(dot + 1);
      if (!byItem.containsKey(item)) {
        order.add(item);
      }
      byItem.computeIfAbsent(item, k -> new HashMap<>()).put(field, v);
    }
    List<Workload.ContainerPort> out = new ArrayList<>();
    for (String item : order) {
      Map<String, Setting> fields = byItem.get(item);
      Setting number = fields.get("containerPort");
      PortRef ref = number == null ? PortRef.UNKNOWN : PortRef.parse(number.value());
      if (ref.isNumber()) {
        Setting name = fields.get("name");
        Setting protocol = fields.get("protocol");
        out.add(
            new Workload.ContainerPort(
                ref.number(),
                name == null ? "" : name.value(),
                Protocol.declared(protocol == null ? null : protocol.value()),
                number.loc()));
      }
    }
    return out;
  }

  /** The target with the partial object's containers merged in by name. */
  private static Workload merge(Workload target, Workload patch) {
    List<Workload.Container> containers = new ArrayList<>(target.containers());
    for (Workload.Container p : patch.containers()) {
      for (int i = 0; i < containers.size(); i++) {
        Workload.Container c = containers.get(i);
        if (c.name().equals(p.name())) {
          Workload.Container merged = withListens(withPorts(c, p.ports()), p.listens());
          List<Setting> env = new ArrayList<>(merged.env());
          env.addAll(p.env());
          List<Workload.Probe> probes = new ArrayList<>(merged.probes());
          probes.addAll(p.probes());
          containers.set(
              i,
              new Workload.Container(
                  merged.name(),
                  merged.ports(),
                  merged.portsKnown() && p.portsKnown(),
                  probes,
                  env,
                  merged.image(),
                  merged.launchOpen() || p.launchOpen(),
                  merged.listens(),
                  // A patch's command or args replace the list they set, addresses and all.
                  p.dials().isEmpty() ? merged.dials() : p.dials(),
                  merged.envFrom(),
                  merged.loc()));
        }
      }
    }
    return withContainers(target, containers);
  }

  /** The container with {@code added} ports, each (number, protocol) once. */
  private static Workload.Container withPorts(
      Workload.Container c, List<Workload.ContainerPort> added) {
    List<Workload.ContainerPort> ports = new ArrayList<>(c.ports());
    for (Workload.ContainerPort a : added) {
      if (ports.stream().noneMatch(p -> p.number() == a.number() && p.protocol() == a.protocol())) {
        ports.add(a);
      }
    }
    return added.isEmpty() ? c : c.withPorts(ports);
  }

  /** The container with {@code added} flags; a flag set again replaces its earlier value. */
  private static Workload.Container withListens(
      Workload.Container c, List<ListenFlags.Listen> added) {
    List<ListenFlags.Listen> listens = new ArrayList<>();
    for (ListenFlags.Listen l : c.listens()) {
      if (added.stream().noneMatch(a -> a.name().equals(l.name()))) {
        listens.add(l);
      }
    }
    listens.addAll(added);
    return added.isEmpty() ? c : c.withListens(listens);
  }

  private static Workload withContainers(Workload w, List<Workload.Container> containers) {
    return w.withContainers(containers);
  }
}
