package dev.portcheck.core.suppress;

import java.util.Set;

/**
 * An inline {@code portcheck:ignore <rule>[,<rule>] -- <reason>} comment.
 *
 * @param line the 1-based line the comment is on
 * @param column the 1-based column of {@code portcheck:ignore}
 * @param rules the rule ids it silences ({@code all} for every rule)
 * @param reason why, required; empty when missing
 * @param ownLine true when the comment is alone on its line, so it covers the line below
 */
public record Suppression(int line, int column, Set<String> rules, String reason, boolean ownLine) {
  public Suppression {
    rules = Set.copyOf(rules);
    reason = reason == null ? "" : reason;
  }

  public boolean hasReason() {
    return !reason.isBlank();
  }

  /** True when this comment silences {@code rule} at {@code findingLine}. */
  public boolean covers(String rule, int findingLine) {
    boolean placed = findingLine == line || (ownLine && findingLine == line + 1);
    return placed && (rules.contains(rule) || rules.contains("all"));
  }
}
