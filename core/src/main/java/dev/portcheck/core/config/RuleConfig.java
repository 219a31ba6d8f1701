package dev.portcheck.core.config;

import dev.portcheck.core.files.GlobPattern;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user's settings for one rule.
 *
 * @param id the rule id
 * @param severity the severity its findings get instead of the rule's default, if set
 * @param allowedPorts ports the rule accepts (a team that must listen on 443 allows it)
 * @param excludes globs of files the rule skips, relative to the module base directory
 */
public record RuleConfig(
    String id, Optional<Severity> severity, Set<Integer> allowedPorts, List<String> excludes) {

  public RuleConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    allowedPorts = Set.copyOf(allowedPorts);
    excludes = List.copyOf(excludes);
  }

  public static RuleConfig severity(String id, Severity severity) {
    return new RuleConfig(id, Optional.of(severity), Set.of(), List.of());
  }

  /** True when this rule's findings in {@code file} are to be dropped. */
  public boolean excludes(String file) {
    return excludes.stream().map(GlobPattern::compile).anyMatch(g -> g.matches(file));
  }

  /** This config with the unset parts taken from {@code fallback} (same rule). */
  public RuleConfig over(RuleConfig fallback) {
    return new RuleConfig(
        id,
        severity.isPresent() ? severity : fallback.severity,
        allowedPorts.isEmpty() ? fallback.allowedPorts : allowedPorts,
        excludes.isEmpty() ? fallback.excludes : excludes);
  }
}
