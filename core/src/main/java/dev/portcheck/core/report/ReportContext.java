package dev.portcheck.core.report;

import dev.portcheck.core.rules.RuleInfo;
import java.util.List;

/**
 * What reports say about the run besides its findings.
 *
 * @param toolVersion portcheck's version
 * @param module the module name shown in reports
 * @param rules every rule that ran, sorted by id
 */
public record ReportContext(String toolVersion, String module, List<RuleInfo> rules) {
  public ReportContext {
    rules = List.copyOf(rules);
  }
}
