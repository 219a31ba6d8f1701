package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/** Points out listen values with a special meaning (0 random, -1 off), so nobody mistakes them. */
public final class SpecialPortRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "special-port",
          Severity.INFO,
          "Listen port with a special meaning",
          "0 lets the OS pick a free port; -1 turns Spring Boot's server off or makes Micronaut "
              + "pick one. Valid, but clients cannot know the port in advance.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    List<Finding> found = new ArrayList<>();
    for (PortLiteral p : c.ports()) {
      String meaning = SpecialPortValues.meaning(c, p);
      if (meaning != null) {
        found.add(Findings.at(INFO, c, p, meaning));
      }
    }
    return found;
  }
}
