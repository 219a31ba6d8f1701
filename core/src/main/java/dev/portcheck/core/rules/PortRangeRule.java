package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;

/** A port must be an integer in 0..65535. */
public final class PortRangeRule extends PortByPortRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "port-range",
          Severity.ERROR,
          "Port value outside 0..65535 or not an integer",
          "A TCP/UDP port is a 16-bit unsigned integer: 0..65535. Anything else cannot be bound "
              + "or dialled and fails at start-up.");

  public PortRangeRule() {
    super(INFO);
  }

  /** Every port a setting writes, bound or not: a client's port out of range is as wrong. */
  @Override
  List<PortLiteral> portsOf(PortCandidate c) {
    return c.ports();
  }

  @Override
  Finding check(PortCandidate c, PortLiteral p) {
    // A referenced number, or a compose variable's, is checked where it is written.
    if (p.origin() == PortLiteral.Origin.IMPLIED
        || p.origin() == PortLiteral.Origin.REFERENCE
        || p.origin() == PortLiteral.Origin.VARIABLE
        || p.isValidPort()
        || SpecialPortValues.meaning(c, p) != null) {
      return null;
    }
    return Findings.at(INFO, c, p, describe(p) + ": a port must be an integer in 0..65535");
  }

  private static String describe(PortLiteral p) {
    if (p.value() != null) {
      return p.value() < 0
          ? "port " + p.value() + " is negative"
          : "port " + p.value() + " is above 65535";
    }
    if (PortNumbers.isDigits(p.text())) {
      return "port " + p.text().trim() + " is far above 65535";
    }
    return "'" + p.text() + "' is not an integer";
  }
}
