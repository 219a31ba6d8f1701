package dev.portcheck.core.config;

import java.util.Map;
import java.util.Optional;

/**
 * Settings from the project configuration file; each is empty when the file does not set it. Comma
 * lists stay text so they merge with pom parameters of the same shape.
 */
public record ProjectSettings(
    Optional<String> failOnSeverity,
    Optional<String> formats,
    Optional<String> includes,
    Optional<String> excludes,
    Optional<String> encoding,
    Optional<String> disabledRules,
    Optional<Boolean> ignoreSuppressions,
    Map<String, RuleConfig> rules) {

  public ProjectSettings {
    rules = Map.copyOf(rules);
  }

  public static final ProjectSettings NONE =
      new ProjectSettings(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of());
}
