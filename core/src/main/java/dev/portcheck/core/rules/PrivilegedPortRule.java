package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.KeyClassifier;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/** Binding 1..1023 on Linux needs root or CAP_NET_BIND_SERVICE. */
public final class PrivilegedPortRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "privileged-port",
          Severity.WARNING,
          "Listen port below 1024",
          "On Linux, binding a port in 1..1023 needs root or CAP_NET_BIND_SERVICE (or a lowered "
              + "net.ipv4.ip_unprivileged_port_start); services usually listen above 1023.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    if (c.scope().startsWith("k8s:") && !isBoundByAProcess(c)) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>();
    for (PortLiteral p : c.boundPorts()) {
      if (p.isValidPort()
          && p.port() >= 1
          && p.port() <= 1023
          && p.origin() != PortLiteral.Origin.IMPLIED) {
        found.add(
            Findings.at(
                INFO,
                c,
                p,
                "listens on privileged "
                    + Findings.portWithRange(p.port())
                    + ": binding it needs root or CAP_NET_BIND_SERVICE; use a port above 1023"));
      }
    }
    return found;
  }

  /**
   * In Kubernetes only a container's own process binds {@code containerPort} (and the node binds
   * {@code hostPort}); a Service port is a virtual address kube-proxy forwards, never bound.
   */
  private static boolean isBoundByAProcess(PortCandidate c) {
    String field = KeyClassifier.lastSegment(c.key());
    return field.equals("containerPort") || field.equals("hostPort");
  }
}
