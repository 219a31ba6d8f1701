package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.TemplateBranches;
import dev.portcheck.core.entries.TemplateLineScanner;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import java.util.ArrayList;
import java.util.List;

/** The wiring facts of one file, taken from its located entries. Stateless. */
public final class WiringExtractor {
  private WiringExtractor() {}

  /**
   * Facts of a file read into {@code entries}; {@code text} is its content. A template ({@code {{
   * }}}) is read by line whether or not it parses as YAML: a parser turns {@code {{ x }}} into a
   * mapping that would silently drop a templated value, while the line reader keeps it as text,
   * which the extractors treat as unknown.
   */
  public static FileWiring extract(ConfigFile file, List<LocatedEntry> entries, String text) {
    return extract(file, entries, text, null);
  }

  /**
   * The same, given the template's {@link TemplateLineScanner#scanForWiring} entries when the scan
   * already made them; null to scan here.
   */
  public static FileWiring extract(
      ConfigFile file, List<LocatedEntry> entries, String text, List<LocatedEntry> lines) {
    return extract(file, entries, text, lines, null);
  }

  /**
   * The same, given the text's {@link TemplateBranches#of} branches when the scan already read them
   * (for the candidates' conditions); null to read them here if the file is a template.
   */
  public static FileWiring extract(
      ConfigFile file,
      List<LocatedEntry> entries,
      String text,
      List<LocatedEntry> lines,
      List<TemplateBranches.Branch> known) {
    String path = file.relativePath();
    if (file.format() == FileFormat.DOCKERFILE) {
      DockerImage image = DockerfileReader.read(path, text);
      return FileWiring.ofImage(image);
    }
    if (file.format() == FileFormat.NGINX) {
      NginxConfig nginx = NginxConfigReader.read(path, text);
      return nginx.isEmpty()
          ? FileWiring.EMPTY
          : FileWiring.builder().nginx(List.of(nginx)).build();
    }
    if (file.format() == FileFormat.ENV) {
      // A .env feeds its folder's interpolation; any env file may be a service's env_file.
      List<Setting> vars = new ArrayList<>();
      for (LocatedEntry e : entries) {
        vars.add(new Setting(e.key(), e.value(), new Loc(path, e.line(), e.column())));
      }
      return FileWiring.ofEnvFile(path, vars);
    }
    if (file.format() == FileFormat.PROPERTIES) {
      return app(path, file.fileName(), entries);
    }
    if (file.format() != FileFormat.YAML) {
      return FileWiring.EMPTY;
    }
    if (Kustomize.isKustomization(file.fileName())) {
      InlinePatches inline = InlinePatches.of(path, entries);
      KubernetesFacts patches = new KubernetesFacts(path);
      patches.read(inline.objects());
      return FileWiring.builder()
          .workloads(patches.workloads)
          .services(patches.services)
          .patchRefs(Kustomize.refs(path, entries, inline))
          .patchOps(inline.ops())
          .configMaps(KustomizeGenerators.generated(path, entries))
          .namings(Kustomize.naming(path, entries))
          .build();
    }
    List<Kustomize.PatchOp> ops = Kustomize.ops(path, entries);
    if (!ops.isEmpty()) {
      return FileWiring.ofKustomize(List.of(), ops);
    }
    boolean template = isTemplate(path, text, entries, lines);
    // A template is read again by line for the model, with markers where the template writes
    // keys of its own: the candidates' reading has none, the model needs to know what is partial.
    List<LocatedEntry> read =
        !template ? entries : lines != null ? lines : TemplateLineScanner.scanForWiring(text);
    List<TemplateBranches.Branch> branches =
        !template
            ? List.<TemplateBranches.Branch>of()
            : known != null ? known : TemplateBranches.of(text);
    KubernetesFacts k8s = new KubernetesFacts(path);
    // Without the chart's values no branch is decided (HelmCharts decides those it can).
    k8s.read(HelmBranchFilter.apply(read, branches, b -> java.util.Optional.empty()));
    List<ComposeService> compose = template ? List.of() : ComposeFacts.read(path, entries);
    if (isValues(file)) {
      // A chart's values hold no objects of their own (a `kind:` there is a value), only leaves.
      return FileWiring.EMPTY.withChart(chartValues(path, read), List.of());
    }
    // Other tools have a top-level include: too (GitLab CI): only a compose file's counts.
    boolean composeFile = !compose.isEmpty() || file.fileName().contains("compose");
    List<Setting> includes =
        template || !composeFile ? List.of() : ComposeFacts.includes(path, entries);
    if (!template && compose.isEmpty() && includes.isEmpty()) {
      java.util.Optional<CollectorConfig> collector =
          CollectorConfigReader.read(path, entries, text);
      if (collector.isPresent()) {
        return FileWiring.builder().collectors(List.of(collector.get())).build();
      }
    }
    if (!template
        && compose.isEmpty()
        && includes.isEmpty()
        && !entries.isEmpty()
        && isApplication(entries)) {
      return app(path, file.fileName(), entries);
    }
    FileWiring facts =
        FileWiring.ofCompose(
            k8s.workloads, k8s.services, k8s.backends, k8s.configMaps, compose, includes);
    if (!k8s.monitors.isEmpty() || !k8s.policies.isEmpty()) {
      facts =
          facts.toBuilder()
              .monitors(k8s.monitors)
              .policies(NetworkPolicies.judgedIn(k8s.policies, text))
              .build();
    }
    if (template && text.contains(".Values") && ChartTemplate.chartOf(path) != null) {
      return facts.withChart(List.of(), List.of(new ChartTemplate(path, read, branches)));
    }
    return facts;
  }

  /**
   * Whether the file is a template, read by line: it does not parse until rendered, it is in a
   * chart's {@code templates/}, or it uses Helm's own words. A compose file or manifest that parses
   * and holds {@code {{ }}} only inside its string values (a Docker log tag {@code "{{.Name}}"}, a
   * {@code --format '{{json .}}'}) is the YAML it says: those strings are another program's text.
   */
  static boolean isTemplate(
      String path, String text, List<LocatedEntry> entries, List<LocatedEntry> lines) {
    if (!text.contains("{{")) {
      return false;
    }
    if (lines != null || ChartTemplate.chartOf(path) != null) {
      return true;
    }
    // A comment is no template: a values file documents `host: {{ .Release.Name }}` in one.
    String written = withoutCommentLines(text);
    for (String word : HELM_WORDS) {
      if (written.contains(word)) {
        return true;
      }
    }
    int inValues = 0;
    for (LocatedEntry e : entries) {
      inValues += occurrences(e.raw(), "{{");
    }
    // More in the values than in the text: an alias repeats an anchored value.
    return inValues < occurrences(written, "{{");
  }

  /** The text without its whole-line comments ({@code # ...} after nothing but blanks). */
  private static String withoutCommentLines(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      if (!line.stripLeading().startsWith("#")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static final List<String> HELM_WORDS =
      List.of(".Values", ".Release", ".Chart", ".Capabilities", "{{-", "-}}", "include \"");

  private static int occurrences(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      n++;
    }
    return n;
  }

  /** A chart's values, or its {@code Chart.yaml}, whose fields templates read as {@code .Chart}. */
  private static boolean isValues(ConfigFile file) {
    String name = file.fileName();
    return name.equals("values.yaml") || name.equals("values.yml") || name.equals("Chart.yaml");
  }

  /** The leaves of a chart's values file, by dotted path, as templates read them. */
  private static List<Setting> chartValues(String path, List<LocatedEntry> entries) {
    List<Setting> out = new ArrayList<>(entries.size());
    for (LocatedEntry e : entries) {
      dev.portcheck.core.entries.Position at = e.positionOf(0);
      out.add(new Setting(e.key(), e.value(), new Loc(path, at.line(), at.column())));
    }
    return out;
  }

  /** No Kubernetes object (apiVersion and kind) and no compose services: an application's file. */
  private static boolean isApplication(List<LocatedEntry> entries) {
    // A loop, not a stream: this runs over every entry of every file, first in a cold JVM.
    for (LocatedEntry e : entries) {
      if (e.key().equals("kind") || e.key().endsWith(".kind")) {
        return false;
      }
    }
    return true;
  }

  private static FileWiring app(String path, String fileName, List<LocatedEntry> entries) {
    AppSettings.Read read = AppSettings.read(path, fileName, entries);
    return read.defaults().isEmpty() && read.profilePorts().isEmpty()
        ? FileWiring.EMPTY
        : FileWiring.ofApp(read.defaults(), read.profilePorts());
  }
}
