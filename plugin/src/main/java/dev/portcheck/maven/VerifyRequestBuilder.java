package dev.portcheck.maven;

import dev.portcheck.core.config.ProjectSettings;
import dev.portcheck.core.config.RuleConfig;
import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.findings.FailThreshold;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.report.ReportFormat;
import dev.portcheck.core.rules.PortInterval;
import dev.portcheck.core.rules.RuleSettings;
import dev.portcheck.core.rules.WellKnownPorts;
import dev.portcheck.core.wiring.ModuleImages;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** Collects raw parameter values (null when unset); {@link #build()} merges and validates. */
final class VerifyRequestBuilder {
  private Path baseDir;
  private String module = "";
  private String toolVersion = "";
  private String includes;
  private String excludes;
  private String failOnSeverity;
  private String formats;
  private Path outputDirectory;
  private String encoding;
  private long maxFileSize = AnalysisRequest.DEFAULT_MAX_FILE_BYTES;
  private int threads = 1;
  private String disabledRules;
  private List<RuleParameter> rules = List.of();
  private Boolean ignoreSuppressions;
  private Path baseline;
  private String clientPortRange;
  private String wellKnownPorts;
  private String nodePortRange;
  private Path sourceRoot;
  private boolean incremental;
  private boolean verbose;
  private ProjectSettings file = ProjectSettings.NONE;
  private List<String> images = List.of();

  VerifyRequestBuilder baseDir(Path v) {
    baseDir = v;
    return this;
  }

  VerifyRequestBuilder module(String v) {
    module = v;
    return this;
  }

  VerifyRequestBuilder toolVersion(String v) {
    toolVersion = v;
    return this;
  }

  VerifyRequestBuilder includes(String v) {
    includes = v;
    return this;
  }

  VerifyRequestBuilder excludes(String v) {
    excludes = v;
    return this;
  }

  VerifyRequestBuilder failOnSeverity(String v) {
    failOnSeverity = v;
    return this;
  }

  VerifyRequestBuilder formats(String v) {
    formats = v;
    return this;
  }

  VerifyRequestBuilder outputDirectory(Path v) {
    outputDirectory = v;
    return this;
  }

  VerifyRequestBuilder encoding(String v) {
    encoding = v;
    return this;
  }

  VerifyRequestBuilder maxFileSize(long v) {
    maxFileSize = v;
    return this;
  }

  VerifyRequestBuilder threads(int v) {
    threads = v;
    return this;
  }

  VerifyRequestBuilder disabledRules(String v) {
    disabledRules = v;
    return this;
  }

  VerifyRequestBuilder rules(List<RuleParameter> v) {
    rules = v == null ? List.of() : v;
    return this;
  }

  VerifyRequestBuilder ignoreSuppressions(Boolean v) {
    ignoreSuppressions = v;
    return this;
  }

  VerifyRequestBuilder baseline(Path v) {
    baseline = v;
    return this;
  }

  VerifyRequestBuilder clientPortRange(String v) {
    clientPortRange = v;
    return this;
  }

  VerifyRequestBuilder nodePortRange(String v) {
    nodePortRange = v;
    return this;
  }

  VerifyRequestBuilder wellKnownPorts(String v) {
    wellKnownPorts = v;
    return this;
  }

  VerifyRequestBuilder images(List<String> v) {
    images = v == null ? List.of() : List.copyOf(v);
    return this;
  }

  VerifyRequestBuilder projectSettings(ProjectSettings v) {
    file = v;
    return this;
  }

  VerifyRequestBuilder sourceRoot(Path v) {
    sourceRoot = v;
    return this;
  }

  VerifyRequestBuilder incremental(boolean v) {
    incremental = v;
    return this;
  }

  VerifyRequestBuilder verbose(boolean v) {
    verbose = v;
    return this;
  }

  VerifyRequest build() throws MojoExecutionException {
    try {
      FailThreshold failOn =
          FailThreshold.parse(pick(failOnSeverity, file.failOnSeverity(), "error"));
      List<ReportFormat> reportFormats = new ArrayList<>();
      for (String f : split(pick(formats, file.formats(), "json"))) {
        ReportFormat format = ReportFormat.parse(f);
        if (!reportFormats.contains(format)) {
          reportFormats.add(format);
        }
      }
      Charset charset = charset(pick(encoding, file.encoding(), "UTF-8"));
      if (maxFileSize <= 0) {
        throw new IllegalArgumentException(
            "portcheck.maxFileSize must be positive, was " + maxFileSize);
      }
      List<String> inc = split(pick(includes, file.includes(), ""));
      List<String> exc = split(pick(excludes, file.excludes(), ""));
      boolean ignore =
          ignoreSuppressions != null ? ignoreSuppressions : file.ignoreSuppressions().orElse(false);
      RuleSettings settings =
          new RuleSettings(
              ruleConfigs(), new HashSet<>(split(pick(disabledRules, file.disabledRules(), ""))));
      AnalysisRequest analysis =
          new AnalysisRequest(
              baseDir,
              inc.isEmpty() ? AnalysisRequest.DEFAULT_INCLUDES : inc,
              exc.isEmpty() ? AnalysisRequest.DEFAULT_EXCLUDES : exc,
              charset,
              maxFileSize,
              threads,
              settings,
              ignore,
              ModuleImages.of(images));
      return new VerifyRequest(
          analysis,
          module,
          toolVersion,
          failOn,
          List.copyOf(reportFormats),
          outputDirectory,
          baseline,
          prefix(),
          PortInterval.parse(clientPortRange == null ? "32768-60999" : clientPortRange),
          PortInterval.parse(nodePortRange == null ? "30000-32767" : nodePortRange),
          wellKnownPorts == null ? WellKnownPorts.HOST : WellKnownPorts.parse(wellKnownPorts),
          incremental && outputDirectory != null,
          verbose);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("portcheck: " + e.getMessage());
    }
  }

  /** The module folder relative to the source root, '/'-separated with a trailing '/'. */
  private String prefix() {
    if (sourceRoot == null || baseDir == null) {
      return "";
    }
    Path root = sourceRoot.toAbsolutePath().normalize();
    Path module = baseDir.toAbsolutePath().normalize();
    if (!module.startsWith(root) || module.equals(root)) {
      return "";
    }
    return root.relativize(module).toString().replace('\\', '/') + "/";
  }

  /** Pom rules over file rules, field by field. */
  private Map<String, RuleConfig> ruleConfigs() {
    Map<String, RuleConfig> merged = new LinkedHashMap<>(file.rules());
    for (RuleParameter r : rules) {
      if (r.getId() == null || r.getId().isBlank()) {
        throw new IllegalArgumentException("a <rule> in <rules> has no <id>");
      }
      String id = r.getId().trim();
      Optional<Severity> severity =
          r.getSeverity() == null || r.getSeverity().isBlank()
              ? Optional.empty()
              : Optional.of(Severity.parse(r.getSeverity()));
      Set<Integer> allowed = new HashSet<>();
      for (String port : split(r.getAllowedPorts())) {
        allowed.add(port(id, port));
      }
      RuleConfig fromPom = new RuleConfig(id, severity, allowed, split(r.getExcludes()));
      RuleConfig fromFile = merged.get(id);
      merged.put(id, fromFile == null ? fromPom : fromPom.over(fromFile));
    }
    return merged;
  }

  private static int port(String rule, String text) {
    try {
      int p = Integer.parseInt(text);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "rule "
            + rule
            + ": allowedPorts '"
            + text
            + "' is not a port: expected integers in 0..65535");
  }

  private static String pick(String pom, Optional<String> file, String fallback) {
    if (pom != null && !pom.isBlank()) {
      return pom;
    }
    return file.filter(s -> !s.isBlank()).orElse(fallback);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "unknown portcheck.encoding '"
              + name
              + "': expected a charset name such as UTF-8 or ISO-8859-1");
    }
  }

  static List<String> split(String commaList) {
    if (commaList == null || commaList.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
