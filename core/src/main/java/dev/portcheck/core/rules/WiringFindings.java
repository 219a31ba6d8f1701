package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.Loc;

/** Builds wiring findings, which name both ends of a connection. */
final class WiringFindings {
  private WiringFindings() {}

  static Finding of(
      RuleInfo rule,
      Severity severity,
      Loc at,
      String key,
      int port,
      String message,
      Loc other,
      String otherMessage) {
    Finding f =
        new Finding(rule.id(), severity, at.file(), at.line(), at.column(), key, port, message);
    return other == null
        ? f
        : f.withRelated(
            new Finding.Related(other.file(), other.line(), other.column(), otherMessage));
  }
}
