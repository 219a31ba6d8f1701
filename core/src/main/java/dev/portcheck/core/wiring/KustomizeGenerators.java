package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ConfigMaps and Secrets a {@code kustomization.yaml} generates ({@code configMapGenerator},
 * {@code secretGenerator}): kustomize writes them at build time, so their literals and files are
 * the cluster's configuration as much as a written ConfigMap is.
 */
final class KustomizeGenerators {
  private KustomizeGenerators() {}

  /**
   * The ConfigMaps and Secrets a kustomization generates from {@code literals} ({@code
   * DB_URL=db:5432}), each literal located at its value, with host and port pairs joined as in a
   * written ConfigMap, and from {@code files} and {@code envs} ({@code application.yml}, {@code
   * key=config/app.properties}), named by their paths relative to the module: the model reads them.
   */
  static List<ConfigMapValues> generated(String path, List<LocatedEntry> entries) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<Setting>> data = new LinkedHashMap<>();
    Map<String, List<String>> files = new LinkedHashMap<>();
    String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    for (LocatedEntry e : entries) {
      String key = e.key();
      if (!key.startsWith("configMapGenerator[") && !key.startsWith("secretGenerator[")) {
        continue;
      }
      int close = key.indexOf(']');
      String item = key.substring(0, close + 1);
      String rest = key.substring(close + 1);
      if (rest.equals(".name")) {
        names.put(item, e.value());
      } else if (rest.startsWith(".literals[")) {
        int eq = e.value().indexOf('=');
        if (eq > 0 && !TemplateMask.hasTemplate(e.value())) {
          Position at = e.positionOf(eq + 1);
          data.computeIfAbsent(item, k -> new ArrayList<>())
              .add(
                  new Setting(
                      e.value().substring(0, eq).trim(),
                      e.value().substring(eq + 1),
                      new Loc(path, at.line(), at.column())));
        }
      } else if (rest.startsWith(".files[") || rest.startsWith(".envs[") || rest.equals(".env")) {
        // files: [key=]path; envs: an env file's KEY=value lines, each a key of its own.
        String source = e.value().substring(e.value().indexOf('=') + 1).trim();
        if (!source.isEmpty() && !TemplateMask.hasTemplate(source)) {
          files.computeIfAbsent(item, k -> new ArrayList<>()).add(EnvFiles.resolve(folder, source));
        }
      }
    }
    List<ConfigMapValues> out = new ArrayList<>();
    Set<String> items = new LinkedHashSet<>(data.keySet());
    items.addAll(files.keySet());
    for (String item : items) {
      List<Setting> settings = data.getOrDefault(item, List.of());
      List<Setting> all = new ArrayList<>(settings);
      all.addAll(HostPortPairs.join(settings));
      List<String> sources = files.getOrDefault(item, List.of());
      out.add(
          new ConfigMapValues(
              names.getOrDefault(item, ""),
              "",
              all,
              List.of(),
              sources.stream().filter(s -> !s.isEmpty()).toList(),
              List.of()));
    }
    return out;
  }
}
