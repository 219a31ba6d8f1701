package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import java.util.List;

/** A rule that looks at one port candidate at a time. Implementations are stateless. */
public non-sealed interface CandidateRule extends Rule {
  List<Finding> check(PortCandidate candidate);
}
