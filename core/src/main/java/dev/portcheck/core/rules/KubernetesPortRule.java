package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.KeyClassifier;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Kubernetes API server rejects although 0..65535 allows it: port 0 on a container or
 * Service port (only {@code hostPort: 0} means "unset"), and a {@code nodePort} outside the
 * cluster's node port range (default 30000-32767, set by the API server's {@code
 * --service-node-port-range}).
 */
public final class KubernetesPortRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "k8s-port",
          Severity.ERROR,
          "Port Kubernetes rejects",
          "Kubernetes ports must be 1-65535 (containerPort 0 is rejected) and a Service nodePort "
              + "must lie in the node port range, 30000-32767 by default.");

  private final int nodePortFirst;
  private final int nodePortLast;

  public KubernetesPortRule() {
    this(30000, 32767);
  }

  public KubernetesPortRule(int nodePortFirst, int nodePortLast) {
    this.nodePortFirst = nodePortFirst;
    this.nodePortLast = nodePortLast;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    if (!c.scope().startsWith("k8s:")) {
      return List.of();
    }
    String field = KeyClassifier.lastSegment(c.key());
    List<Finding> found = new ArrayList<>();
    for (PortLiteral p : c.ports()) {
      if (!p.isValidPort() || p.origin() == PortLiteral.Origin.REFERENCE) {
        continue;
      }
      if (field.equals("nodePort")) {
        if (p.port() != 0 && (p.port() < nodePortFirst || p.port() > nodePortLast)) {
          found.add(
              Findings.at(
                  INFO,
                  c,
                  p,
                  "nodePort "
                      + p.port()
                      + " is outside the node port "
                      + "range "
                      + nodePortFirst
                      + "-"
                      + nodePortLast
                      + ": the API server rejects the Service"));
        }
      } else if (p.port() == 0 && !field.equals("hostPort")) {
        found.add(
            Findings.at(
                INFO, c, p, field + " 0 is rejected by Kubernetes: ports must be " + "1-65535"));
      }
    }
    return found;
  }
}
