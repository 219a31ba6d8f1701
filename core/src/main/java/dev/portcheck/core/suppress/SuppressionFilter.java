package dev.portcheck.core.suppress;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies inline suppressions to findings. A suppression needs a reason: one without is reported as
 * a {@code suppression} warning and silences nothing, so a bare ignore can never hide a problem.
 * With {@code ignoreSuppressions} (a policy build) every suppression is disregarded.
 */
public final class SuppressionFilter {
  public static final RuleInfo INFO =
      new RuleInfo(
          "suppression",
          Severity.WARNING,
          "Suppression without a reason",
          "A portcheck:ignore comment must say why after '--'; without a reason it silences "
              + "nothing.");

  private SuppressionFilter() {}

  /** The findings left after suppression, plus findings about bad suppressions. */
  public static List<Finding> apply(
      List<Finding> findings, Map<String, List<Suppression>> byFile, boolean ignoreSuppressions) {
    if (ignoreSuppressions || byFile.isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>(silence(findings, byFile, false));
    byFile.forEach(
        (file, list) -> {
          for (Suppression s : list) {
            if (!s.hasReason() || s.rules().isEmpty()) {
              kept.add(
                  new Finding(
                      INFO.id(),
                      INFO.defaultSeverity(),
                      file,
                      s.line(),
                      s.column(),
                      "",
                      -1,
                      s.rules().isEmpty()
                          ? "portcheck:ignore names no rule: write 'portcheck:ignore <rule-id> -- <reason>'"
                          : "portcheck:ignore "
                              + String.join(",", s.rules())
                              + " has no reason, so it silences nothing: add '-- <why>'"));
            }
          }
        });
    return kept;
  }

  /**
   * The findings no reasoned suppression covers, without the findings about bad suppressions (which
   * {@link #apply} adds once per file).
   */
  public static List<Finding> silence(
      List<Finding> findings, Map<String, List<Suppression>> byFile, boolean ignoreSuppressions) {
    if (ignoreSuppressions || byFile.isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      List<Suppression> here = byFile.getOrDefault(f.file(), List.of());
      boolean silenced = false;
      for (Suppression s : here) {
        silenced |= s.hasReason() && s.covers(f.rule(), f.line());
      }
      if (!silenced) {
        kept.add(f);
      }
    }
    return kept;
  }
}
