package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.PortLiteral.Origin;
import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.candidates.TestCandidates;
import java.util.List;

/** Builds candidates for rule tests without going through files. */
final class RuleTestSupport {
  private RuleTestSupport() {}

  static PortCandidate candidate(String key, Role role, String scope, String... values) {
    List<PortLiteral> ports = new java.util.ArrayList<>();
    int column = 10;
    for (String v : values) {
      ports.add(PortLiteral.parse(v, 3, column, Origin.LITERAL, Side.SELF));
      column += v.length() + 1;
    }
    return TestCandidates.of(
        "app.properties",
        3,
        10,
        0,
        key,
        String.join(",", values),
        "",
        scope,
        role,
        Protocol.TCP,
        "",
        ports,
        "");
  }

  static PortCandidate listen(String key, String value) {
    return candidate(key, Role.LISTEN, "app", value);
  }
}
