package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortExtractor;
import dev.portcheck.core.entries.EnvEntryReader;
import dev.portcheck.core.entries.PropertiesEntryReader;
import dev.portcheck.core.entries.ReadProblem;
import dev.portcheck.core.entries.ReadResult;
import dev.portcheck.core.entries.TemplateLineScanner;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.findings.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Candidates and findings of a config file's text, read as the engine reads it, for rule tests. */
final class ConfigText {
  private ConfigText() {}

  static List<PortCandidate> candidates(String relativePath, String text) {
    ConfigFile file = ConfigFile.of(Path.of("/module"), Path.of("/module/" + relativePath));
    ReadResult read =
        switch (file.format()) {
          case PROPERTIES -> new PropertiesEntryReader().read(text);
          case ENV -> new EnvEntryReader().read(text);
          case DOCKERFILE, NGINX ->
              throw new IllegalArgumentException("no config file: " + relativePath);
          case YAML -> {
            ReadResult yaml = new YamlEntryReader().read(text);
            boolean broken =
                yaml.problems().stream().anyMatch(p -> p.kind() == ReadProblem.Kind.SYNTAX);
            yield broken && text.contains("{{")
                ? new ReadResult(TemplateLineScanner.scan(text), List.of())
                : yaml;
          }
        };
    return PortExtractor.extract(file, read.entries());
  }

  /** What one per-candidate rule finds in the text. */
  static List<Finding> findings(CandidateRule rule, String relativePath, String text) {
    List<Finding> found = new ArrayList<>();
    for (PortCandidate c : candidates(relativePath, text)) {
      found.addAll(rule.check(c));
    }
    return found;
  }

  /** What one file rule finds in the text. */
  static List<Finding> findings(FileRule rule, String relativePath, String text) {
    List<PortCandidate> candidates = new ArrayList<>(candidates(relativePath, text));
    candidates.sort(PortCandidate.ORDER);
    return rule.check(candidates);
  }
}
