package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user changed about the rules: severities per rule id and rules turned off.
 *
 * @param severities rule id to the severity its findings get instead of the default
 * @param disabled ids of rules whose findings are dropped
 */
public record RuleSettings(Map<String, Severity> severities, Set<String> disabled) {
  public static final RuleSettings DEFAULTS = new RuleSettings(Map.of(), Set.of());

  public RuleSettings {
    severities = Map.copyOf(severities);
    disabled = Set.copyOf(disabled);
  }

  /** The finding as configured, or empty when its rule is disabled. */
  public Optional<Finding> apply(Finding f) {
    if (disabled.contains(f.rule())) {
      return Optional.empty();
    }
    Severity s = severities.get(f.rule());
    return Optional.of(s == null ? f : f.withSeverity(s));
  }
}
