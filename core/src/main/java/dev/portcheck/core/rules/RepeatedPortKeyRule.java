package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One port key written twice in one file (and YAML document) with different ports: loaders keep the
 * later value silently, so whoever edits the first one changes nothing. Reported at the later one,
 * naming both.
 */
public final class RepeatedPortKeyRule implements FileRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "repeated-port-key",
          Severity.WARNING,
          "Port key set twice with different ports",
          "The same key appears twice in one file or YAML document with different ports; only "
              + "the later value takes effect.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(List<PortCandidate> candidatesOfOneFile) {
    Map<Setting, PortCandidate> first = new HashMap<>();
    List<Finding> found = new ArrayList<>();
    for (PortCandidate c : candidatesOfOneFile) {
      if (c.kind() == FileKind.NGINX) {
        continue; // nginx binds every listen: repeating the directive is how it adds one
      }
      Setting where = new Setting(c.document(), c.key());
      PortCandidate earlier = first.putIfAbsent(where, c);
      if (earlier != null && !earlier.portValues().equals(c.portValues())) {
        found.add(
            Findings.at(
                INFO,
                c,
                c.key()
                    + " is set twice: line "
                    + earlier.line()
                    + " says "
                    + earlier.raw()
                    + ", line "
                    + c.line()
                    + " says "
                    + c.raw()
                    + "; only the later value takes effect"));
      }
    }
    return found;
  }

  /** One key of one YAML document. */
  private record Setting(int document, String key) {}
}
