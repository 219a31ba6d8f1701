package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.TemplateBranches;
import dev.portcheck.core.entries.TemplateLineScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads each chart template again as {@code helm template} renders it with the chart's own {@code
 * values.yaml}: a port, image, label or address written as {@code {{ .Values.service.port }}}
 * becomes the value, located where the values file sets it, so a finding about it points at the
 * line to change. Values given at install time ({@code --set}, other values files) are not known;
 * the chart's defaults are what it deploys without them.
 */
final class HelmCharts {
  private HelmCharts() {}

  /**
   * The files as rendered, the container port names left out with their branches, and per template
   * the branches left out, which the port inventory leaves out too.
   */
  record Rendering(
      List<FileWiring> files,
      List<UnrenderedPort> unrendered,
      Map<String, List<TemplateBranches.Branch>> dropped) {}

  /** {@code files} with every template whose chart has a values file read as rendered. */
  static List<FileWiring> render(List<FileWiring> files) {
    return rendering(files).files();
  }

  static Rendering rendering(List<FileWiring> files) {
    Map<String, List<Setting>> valuesByFile = new HashMap<>();
    boolean templates = false;
    for (FileWiring f : files) {
      templates |= !f.chartTemplates().isEmpty();
      if (!f.chartValues().isEmpty()) {
        valuesByFile.put(f.chartValues().get(0).loc().file(), f.chartValues());
      }
    }
    if (!templates || valuesByFile.isEmpty()) {
      return new Rendering(files, List.of(), Map.of());
    }
    List<UnrenderedPort> unrendered = new ArrayList<>();
    Map<String, List<TemplateBranches.Branch>> dropped = new HashMap<>();
    Map<String, Optional<HelmValues>> charts = new HashMap<>();
    List<FileWiring> out = new ArrayList<>(files.size());
    for (FileWiring f : files) {
      if (f.chartTemplates().isEmpty()) {
        out.add(f);
        continue;
      }
      ChartTemplate t = f.chartTemplates().get(0);
      Optional<HelmValues> values =
          charts.computeIfAbsent(t.chart(), chart -> valuesOf(chart, valuesByFile));
      out.add(values.map(v -> rendered(f, t, v, unrendered, dropped)).orElse(f));
    }
    return new Rendering(out, unrendered, dropped);
  }

  private static Optional<HelmValues> valuesOf(String chart, Map<String, List<Setting>> byFile) {
    if (parentSets(chart, byFile)) {
      return Optional.empty();
    }
    List<Setting> values = valuesFile(chart, byFile);
    List<Setting> chartFile = byFile.getOrDefault(in(chart, "Chart.yaml"), List.of());
    return values.isEmpty() ? Optional.empty() : Optional.of(new HelmValues(values, chartFile));
  }

  /** The leaves of a chart folder's values file: Helm reads values.yaml, else values.yml. */
  private static List<Setting> valuesFile(String chart, Map<String, List<Setting>> byFile) {
    List<Setting> values = byFile.get(in(chart, "values.yaml"));
    return values != null ? values : byFile.getOrDefault(in(chart, "values.yml"), List.of());
  }

  private static String in(String folder, String file) {
    return folder.isEmpty() ? file : folder + "/" + file;
  }

  /**
   * True when {@code chart} is a subchart ({@code parent/charts/sub}) whose parent's values set
   * some of its values ({@code sub.*}, {@code global.*}): what it renders with is then the merge,
   * which is not followed, so its templates stay unknown.
   */
  private static boolean parentSets(String chart, Map<String, List<Setting>> byFile) {
    int at = chart.lastIndexOf("charts/");
    if (at < 0 || (at > 0 && chart.charAt(at - 1) != '/')) {
      return false;
    }
    String parent = at == 0 ? "" : chart.substring(0, at - 1);
    String sub = chart.substring(at + "charts/".length());
    for (Setting s : valuesFile(parent, byFile)) {
      if (s.name().startsWith(sub + ".") || s.name().startsWith("global.")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern CONTAINER_PORT_NAME =
      java.util.regex.Pattern.compile(".*[cC]ontainers\\[\\d+]\\.ports\\[\\d+]\\.name$");

  private static FileWiring rendered(
      FileWiring f,
      ChartTemplate t,
      HelmValues values,
      List<UnrenderedPort> unrendered,
      Map<String, List<TemplateBranches.Branch>> dropped) {
    Map<LocatedEntry, Loc> origins = new IdentityHashMap<>();
    List<LocatedEntry> entries = new ArrayList<>(t.entries().size());
    // The branches the values decide: those not rendered go, the others are read as written.
    HelmConditions conditions = new HelmConditions(values);
    List<LocatedEntry> kept =
        HelmBranchFilter.apply(t.entries(), t.branches(), conditions::renders);
    // The file's own facts read every branch as undecided: a decided one reads differently.
    boolean changed = t.branches().stream().anyMatch(b -> conditions.renders(b).isPresent());
    List<TemplateBranches.Branch> off =
        HelmBranchFilter.dropped(t.entries(), t.branches(), conditions::renders);
    if (!off.isEmpty()) {
      dropped.put(t.file(), off);
    }
    if (kept != t.entries()) {
      java.util.Set<LocatedEntry> left =
          java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      left.addAll(kept);
      for (LocatedEntry e : t.entries()) {
        if (!left.contains(e) && CONTAINER_PORT_NAME.matcher(e.key()).matches()) {
          t.branches().stream()
              .filter(b -> b.spans(e.line()) && conditions.renders(b).equals(Optional.of(false)))
              .findFirst()
              .ifPresent(
                  b ->
                      unrendered.add(
                          new UnrenderedPort(
                              t.file(),
                              e.value(),
                              new Loc(t.file(), e.line(), e.column()),
                              b.whenTrue().isEmpty() ? "else" : b.whenTrue().get(0).pipeline())));
        }
      }
    }
    for (LocatedEntry e : kept) {
      if (TemplateLineScanner.isWrittenKeysMarker(e)) {
        // {{ toYaml .Values.probe | nindent 12 }} writes the values' keys below the marker's map;
        // a marker of any other action stays one: what it writes is not rendered here.
        List<Map.Entry<String, Setting>> written = values.written(e.value());
        if (written.isEmpty()) {
          entries.add(e);
          continue;
        }
        changed = true;
        String parent = e.key().substring(0, e.key().indexOf("[\"{{"));
        dev.portcheck.core.entries.Position at = e.positionOf(0);
        // Items of a list the template starts itself follow its own: {{ toYaml .Values.sidecars }}
        // under containers: after the chart's container.
        int own = ownItems(kept, parent);
        for (Map.Entry<String, Setting> leaf : written) {
          String relative = shifted(leaf.getKey(), own);
          String key =
              parent.isEmpty() && relative.startsWith(".")
                  ? relative.substring(1)
                  : parent + relative;
          LocatedEntry literal =
              LocatedEntry.simple(
                  key, leaf.getValue().value(), at.line(), at.column(), e.document());
          origins.put(literal, leaf.getValue().loc());
          entries.add(literal);
        }
        continue;
      }
      // Plain actions take their values, others stay template text the model compares as such.
      Optional<HelmValues.Rendered> r = values.renderPlainActions(e.value());
      if (r.isEmpty()) {
        entries.add(e);
        continue;
      }
      changed = true;
      dev.portcheck.core.entries.Position at = e.positionOf(0);
      LocatedEntry literal =
          LocatedEntry.simple(e.key(), r.get().text(), at.line(), at.column(), e.document());
      r.get().source().ifPresent(s -> origins.put(literal, s.loc()));
      entries.add(literal);
    }
    if (!changed) {
      return f;
    }
    KubernetesFacts k8s = new KubernetesFacts(t.file(), origins);
    k8s.read(entries);
    return f.withObjects(k8s.workloads, k8s.services, k8s.backends, k8s.configMaps);
  }

  /** How many items of the list at {@code parent} the template writes itself. */
  private static int ownItems(List<LocatedEntry> entries, String parent) {
    java.util.Set<String> items = new java.util.HashSet<>();
    String prefix = parent + "[";
    for (LocatedEntry e : entries) {
      String key = e.key();
      int close = key.indexOf(']', prefix.length());
      if (key.startsWith(prefix)
          && close > 0
          && !TemplateLineScanner.isWrittenKeysMarker(e)
          && key.substring(prefix.length(), close).chars().allMatch(Character::isDigit)) {
        items.add(key.substring(prefix.length(), close));
      }
    }
    return items.size();
  }

  /** A relative path whose first list index moves on by {@code by}: {@code [0].name} to [1]. */
  private static String shifted(String relative, int by) {
    int close = relative.indexOf(']');
    if (by == 0
        || !relative.startsWith("[")
        || close < 2
        || !relative.substring(1, close).chars().allMatch(Character::isDigit)) {
      return relative;
    }
    int index = Integer.parseInt(relative.substring(1, close));
    return "[" + (index + by) + relative.substring(close);
  }
}
