package dev.portcheck.core.report;

import dev.portcheck.core.rules.RuleInfo;
import java.util.List;

/**
 * What reports say about the run besides its findings.
 *
 * @param toolVersion portcheck's version
 * @param module the module name shown in reports
 * @param rules every rule that ran, sorted by id
 * @param sourceRootPrefix the module's folder relative to the source root that SARIF and CI
 *     annotations use ({@code %SRCROOT%}, normally the repository), '/' separated and ending in
 *     '/', or empty when the module is the root
 */
public record ReportContext(
    String toolVersion, String module, List<RuleInfo> rules, String sourceRootPrefix) {
  public static final String HELP_BASE =
      "https://github.com/portcheck/portcheck/blob/main/README.md";

  public ReportContext {
    rules = List.copyOf(rules);
    sourceRootPrefix = sourceRootPrefix == null ? "" : sourceRootPrefix;
  }

  public ReportContext(String toolVersion, String module, List<RuleInfo> rules) {
    this(toolVersion, module, rules, "");
  }

  /** A file's path relative to the source root. */
  public String rootRelative(String moduleRelativeFile) {
    String path = sourceRootPrefix + moduleRelativeFile;
    return path.contains("../") ? normalized(path) : path;
  }

  /**
   * {@code a/../b} as {@code b}: wiring findings name files above the module (a compose file at the
   * reactor root), which SARIF viewers expect without {@code ..} once the root is prefixed.
   */
  private static String normalized(String path) {
    java.util.Deque<String> kept = new java.util.ArrayDeque<>();
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") && !kept.isEmpty() && !kept.peekLast().equals("..")) {
        kept.removeLast();
      } else if (!segment.equals(".")) {
        kept.addLast(segment);
      }
    }
    return String.join("/", kept);
  }

  /** Where the README documents a rule. */
  public static String helpUri(String ruleId) {
    return HELP_BASE + "#rule-" + ruleId;
  }
}
