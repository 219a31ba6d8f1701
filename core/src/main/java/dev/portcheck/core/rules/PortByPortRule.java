package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate rule that judges each port of a setting on its own ({@code server.port: 80, 8080} may
 * hold one good and one bad port). The walk over the ports is written here once; a rule says which
 * ports it reads and what, if anything, is wrong with one of them.
 */
abstract class PortByPortRule implements CandidateRule {
  private final RuleInfo info;

  PortByPortRule(RuleInfo info) {
    this.info = info;
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  @Override
  public final List<Finding> check(PortCandidate c) {
    List<Finding> found = List.of(); // most settings are fine: no list for them
    for (PortLiteral p : portsOf(c)) {
      Finding f = check(c, p);
      if (f != null) {
        if (found.isEmpty()) {
          found = new ArrayList<>();
        }
        found.add(f);
      }
    }
    return found;
  }

  /** The ports this rule judges: by default those the setting binds itself. */
  List<PortLiteral> portsOf(PortCandidate c) {
    return c.boundPorts();
  }

  /** What is wrong with port {@code p} of {@code c}, or null when nothing is. */
  abstract Finding check(PortCandidate c, PortLiteral p);
}
