package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import java.util.List;

/** A rule that compares the candidates of every file of a module. Implementations are stateless. */
public non-sealed interface ProjectRule extends Rule {
  List<Finding> check(List<PortCandidate> candidates);
}
