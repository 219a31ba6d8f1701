package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.PortRange;

/** Factories for findings at a candidate or one of its literals, at the rule's default severity. */
public final class Findings {
  private Findings() {}

  public static Finding at(RuleInfo rule, PortCandidate c, PortLiteral p, String message) {
    int port = p.isValidPort() ? p.port() : -1;
    return new Finding(
        rule.id(), rule.defaultSeverity(), c.file(), p.line(), p.column(), c.key(), port, message);
  }

  public static Finding at(RuleInfo rule, PortCandidate c, String message) {
    return new Finding(
        rule.id(), rule.defaultSeverity(), c.file(), c.line(), c.column(), c.key(), -1, message);
  }

  /** {@code port 80 (system range 0-1023)}: every port finding names the seed range. */
  public static String portWithRange(int port) {
    return "port " + port + " (" + PortRange.of(port).describe() + ")";
  }
}
