package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;

/** A port set from a placeholder with neither a value nor a default: known only at run time. */
public final class UnresolvedPortRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "unresolved-port",
          Severity.INFO,
          "Port of unknown value",
          "The port comes from an environment variable or template without a default, so it "
              + "cannot be checked here.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    // A template expression is filled in when the chart is rendered: no value to report. Only a
    // compose variable is known to be missing: compose reads its .env, which portcheck reads too,
    // so a variable neither there nor given a default is set by whoever runs it. Elsewhere an
    // environment variable is the platform's usual way to hand over a port (PORT on Heroku or
    // Cloud Run), and another program's notation is no port portcheck can judge.
    if (c.kind() != FileKind.COMPOSE
        || !c.ports().isEmpty()
        || !c.raw().contains("$")
        || c.raw().contains("{{")) {
      return List.of();
    }
    return List.of(
        Findings.at(
            INFO,
            c,
            "port of unknown value: '"
                + c.raw()
                + "' has no default, so it is only known at run time"));
  }
}
