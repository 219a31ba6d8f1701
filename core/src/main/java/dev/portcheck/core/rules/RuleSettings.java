package dev.portcheck.core.rules;

import dev.portcheck.core.config.RuleConfig;
import dev.portcheck.core.findings.Finding;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user changed about the rules: per-rule severity, allowed ports and excluded paths, and
 * rules turned off.
 *
 * @param rules rule id to its settings
 * @param disabled ids of rules whose findings are dropped
 */
public record RuleSettings(Map<String, RuleConfig> rules, Set<String> disabled) {
  public static final RuleSettings DEFAULTS = new RuleSettings(Map.of(), Set.of());

  public RuleSettings {
    rules = Map.copyOf(rules);
    disabled = Set.copyOf(disabled);
  }

  /** The finding as configured, or empty when its rule is off for it. */
  public Optional<Finding> apply(Finding f) {
    if (disabled.contains(f.rule())) {
      return Optional.empty();
    }
    RuleConfig config = rules.get(f.rule());
    if (config == null) {
      return Optional.of(f);
    }
    if ((f.port() >= 0 && config.allowedPorts().contains(f.port())) || config.excludes(f.file())) {
      return Optional.empty();
    }
    return Optional.of(config.severity().map(f::withSeverity).orElse(f));
  }
}
