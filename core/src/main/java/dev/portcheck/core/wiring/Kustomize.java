package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What kustomize files say about ports: the patches a {@code kustomization.yaml} applies ({@code
 * patches}, {@code patchesJson6902}, {@code patchesStrategicMerge}) and the operations of a JSON
 * 6902 patch file ({@code op}, {@code path}, {@code value}). {@link KustomizeOverlay} applies them
 * to the workloads they target, so args and ports that an overlay adds count where it renders.
 */
public final class Kustomize {
  private Kustomize() {}

  /**
   * A patch a kustomization applies.
   *
   * @param patchFile the patch file, relative to the module base directory
   * @param kind the target kind, empty when the patch names none (a strategic merge patch names its
   *     own)
   * @param name the target name, empty for every object of the kind
   * @param resources the kustomization's resources, files or folders relative to the module: only
   *     the objects read from them are targets
   */
  public record PatchRef(
      String patchFile, String kind, String name, List<String> resources, Loc loc) {
    public PatchRef {
      resources = List.copyOf(resources);
    }

    /** True when an object read from {@code file} is among the kustomization's resources. */
    public boolean covers(String file) {
      return Kustomize.covers(resources, file);
    }
  }

  /** True when {@code file} is one of {@code resources} or lies in one of its folders. */
  static boolean covers(List<String> resources, String file) {
    for (String r : resources) {
      if (file.equals(r) || file.startsWith(r.isEmpty() || r.equals(".") ? "" : r + "/")) {
        return true;
      }
    }
    return false;
  }

  /** A {@code resources}, {@code bases} or {@code components} item that names a local path. */
  private static boolean isLocalResource(LocatedEntry e) {
    String key = e.key();
    return (key.startsWith("resources[")
            || key.startsWith("bases[")
            || key.startsWith("components["))
        && !e.value().contains("://");
  }

  /**
   * One operation of a JSON 6902 patch file.
   *
   * @param path the JSON pointer it adds or replaces at
   * @param values the value: one unnamed setting for a scalar, the fields of a map, the items of a
   *     list
   * @param patch the patch it belongs to: its file, or {@link InlinePatches#id} of a patch written
   *     in a kustomization
   */
  public record PatchOp(String op, String path, List<Setting> values, Loc loc, String patch) {
    public PatchOp {
      values = List.copyOf(values);
    }

    /** An operation of the patch file it is written in. */
    public PatchOp(String op, String path, List<Setting> values, Loc loc) {
      this(op, path, values, loc, loc.file());
    }
  }

  /**
   * The names a kustomization gives the objects of its resources: {@code namePrefix} + name +
   * {@code nameSuffix}, the names its clients use for them once rendered; and the labels it adds to
   * their pod templates and selectors alike ({@code commonLabels}, {@code labels} with {@code
   * includeSelectors}).
   *
   * @param labels labels added to every pod template and every selector, Services' included
   * @param resources the kustomization's resources, relative to the module
   */
  public record Naming(
      String prefix, String suffix, Map<String, String> labels, List<String> resources, Loc loc) {
    public Naming {
      labels = Map.copyOf(labels);
      resources = List.copyOf(resources);
    }

    /** True when an object read from {@code file} is among the kustomization's resources. */
    public boolean covers(String file) {
      return Kustomize.covers(resources, file);
    }
  }

  /** The naming of a kustomization, when it sets a prefix, a suffix or labels of selectors. */
  static List<Naming> naming(String path, List<LocatedEntry> entries) {
    String folder = new Loc(path, 1, 1).folder();
    String prefix = "";
    String suffix = "";
    Loc at = null;
    List<String> resources = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Map<String, String>> pairs = new LinkedHashMap<>();
    Set<String> selecting = new HashSet<>();
    for (LocatedEntry e : entries) {
      String key = e.key();
      boolean templated = TemplateMask.hasTemplate(e.value());
      if (key.equals("namePrefix") && !templated) {
        prefix = e.value().trim();
        at = at == null ? loc(path, e) : at;
      } else if (key.equals("nameSuffix") && !templated) {
        suffix = e.value().trim();
        at = at == null ? loc(path, e) : at;
      } else if (key.startsWith("commonLabels.") && !templated) {
        labels.put(key.substring("commonLabels.".length()), e.value());
        at = at == null ? loc(path, e) : at;
      } else if (key.startsWith("labels[") && !templated) {
        String item = key.substring(0, key.indexOf(']') + 1);
        String rest = key.substring(item.length());
        if (rest.startsWith(".pairs.")) {
          pairs
              .computeIfAbsent(item, k -> new LinkedHashMap<>())
              .put(rest.substring(".pairs.".length()), e.value());
          at = at == null ? loc(path, e) : at;
        } else if (rest.equals(".includeSelectors") && e.value().equals("true")) {
          selecting.add(item);
        }
      } else if (isLocalResource(e)) {
        resources.add(resolve(folder, e.value()));
      }
    }
    // Labels without includeSelectors reach metadata (and maybe templates) only: no selector.
    pairs.forEach(
        (item, added) -> {
          if (selecting.contains(item)) {
            labels.putAll(added);
          }
        });
    if (at == null
        || (prefix.isEmpty() && suffix.isEmpty() && labels.isEmpty())
        || resources.isEmpty()) {
      return List.of();
    }
    return List.of(new Naming(prefix, suffix, labels, resources, at));
  }

  private static final Set<String> KUSTOMIZATION_FILES =
      Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  /** True for a kustomization, by its file name (kustomize reads no other). */
  public static boolean isKustomization(String fileName) {
    return KUSTOMIZATION_FILES.contains(fileName);
  }

  /** The patches a kustomization at {@code path} applies. */
  static List<PatchRef> refs(String path, List<LocatedEntry> entries, InlinePatches inline) {
    String folder = new Loc(path, 1, 1).folder();
    Map<String, PatchRef> refs = new LinkedHashMap<>();
    Map<String, String[]> targets = new LinkedHashMap<>();
    List<String> resources = new ArrayList<>();
    boolean component = false;
    for (LocatedEntry e : entries) {
      String key = e.key();
      component |= key.equals("kind") && e.value().equals("Component");
      if (isLocalResource(e)) {
        resources.add(resolve(folder, e.value()));
        continue;
      }
      if (InlinePatches.isInline(e)) {
        // A patch written in place: its operations are the item's own, its objects the file's.
        String item = key.substring(0, key.indexOf(']') + 1);
        String patch = inline.opItems().contains(item) ? InlinePatches.id(path, item) : path;
        refs.put(item, new PatchRef(patch, "", "", List.of(), loc(path, e)));
        continue;
      }
      for (String list : List.of("patches[", "patchesJson6902[", "patchesStrategicMerge[")) {
        if (!key.startsWith(list)) {
          continue;
        }
        int close = key.indexOf(']');
        String item = key.substring(0, close + 1);
        String rest = key.substring(close + 1);
        if (rest.isEmpty() || rest.equals(".path")) {
          refs.put(item, new PatchRef(resolve(folder, e.value()), "", "", List.of(), loc(path, e)));
        } else if (rest.equals(".target.kind")) {
          targets.computeIfAbsent(item, k -> new String[2])[0] = e.value();
        } else if (rest.equals(".target.name")) {
          targets.computeIfAbsent(item, k -> new String[2])[1] = e.value();
        }
      }
    }
    if (component) {
      // A Component patches the resources of whichever kustomization lists it under components:
      // any of the module's, as far as one file can tell.
      resources = List.of("");
    }
    List<String> patched = resources;
    List<PatchRef> out = new ArrayList<>();
    refs.forEach(
        (item, ref) -> {
          String[] target = targets.getOrDefault(item, new String[2]);
          out.add(
              new PatchRef(
                  ref.patchFile(),
                  target[0] == null ? "" : target[0],
                  target[1] == null ? "" : target[1],
                  patched,
                  ref.loc()));
        });
    return out;
  }

  /**
   * The operations of a JSON 6902 patch file (a top-level list of {@code op}/{@code path}/{@code
   * value} items); empty for any other file.
   */
  static List<PatchOp> ops(String path, List<LocatedEntry> entries) {
    Map<String, String> paths = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    Map<String, List<Setting>> values = new LinkedHashMap<>();
    Map<String, Loc> locs = new LinkedHashMap<>();
    for (LocatedEntry e : entries) {
      String key = e.key();
      if (!key.startsWith("[")) {
        return List.of();
      }
      int close = key.indexOf(']');
      String item = key.substring(0, close + 1);
      String rest = key.substring(close + 1);
      if (rest.equals(".op")) {
        kinds.put(item, e.value());
      } else if (rest.equals(".path")) {
        paths.put(item, e.value());
        locs.put(item, loc(path, e));
      } else if (rest.equals(".value")
          || rest.startsWith(".value.")
          || rest.startsWith(".value[")) {
        String field = rest.equals(".value") ? "" : rest.substring(".value".length() + 1);
        values
            .computeIfAbsent(item, k -> new ArrayList<>())
            .add(new Setting(field, e.value(), loc(path, e)));
      }
    }
    List<PatchOp> out = new ArrayList<>();
    paths.forEach(
        (item, pointer) ->
            out.add(
                new PatchOp(
                    kinds.getOrDefault(item, "add"),
                    pointer,
                    values.getOrDefault(item, List.of()),
                    locs.get(item))));
    return out;
  }

  private static String resolve(String folder, String relative) {
    return Path.of(folder.isEmpty() ? "." : folder, relative.trim())
        .normalize()
        .toString()
        .replace('\\', '/');
  }

  private static Loc loc(String path, LocatedEntry e) {
    Position at = e.positionOf(0);
    return new Loc(path, at.line(), at.column());
  }
}
