package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.Binding;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.PrivilegedBind;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code privileged-port} for pods whose security context says nothing: whether their process may
 * bind a port below 1024 depends on the cluster's runtime, not on the port, so the module gets one
 * info that names the condition and lists the ports, rather than one per port.
 */
public final class PrivilegedPodPortsRule implements ProjectRule {
  /** How many other places the info names before it only counts them. */
  private static final int LISTED = 5;

  @Override
  public RuleInfo info() {
    return PrivilegedPortRule.INFO;
  }

  @Override
  public List<Finding> check(List<PortCandidate> candidates) {
    PortCandidate first = null;
    PortLiteral firstPort = null;
    List<String> others = new ArrayList<>();
    int count = 0;
    for (PortCandidate c : candidates) {
      if (c.privilegedBind() != PrivilegedBind.UNSAID) {
        // PrivilegedPortRule warns about those that cannot; those that add the capability can.
        continue;
      }
      for (PortLiteral p : c.boundPorts()) {
        if (PrivilegedPortRule.isPrivileged(p) && c.bindingOf(p) == Binding.POD) {
          count++;
          if (first == null) {
            first = c;
            firstPort = p;
          } else if (others.size() < LISTED) {
            others.add(c.file() + ":" + p.line());
          }
        }
      }
    }
    if (first == null) {
      return List.of();
    }
    String more =
        count == 1
            ? ""
            : " and "
                + (count - 1)
                + " more in this module ("
                + String.join(", ", others)
                + (count - 1 > others.size() ? ", ..." : "")
                + ")";
    return List.of(
        Findings.at(
                PrivilegedPortRule.INFO,
                first,
                firstPort,
                "container port "
                    + firstPort.port()
                    + " (system range 0-1023)"
                    + more
                    + ": a non-root process binds such a port only where the runtime lowers "
                    + "net.ipv4.ip_unprivileged_port_start (containerd 2.0 does; CRI-O does not "
                    + "by default); run it as root or with NET_BIND_SERVICE there")
            .withSeverity(Severity.INFO));
  }
}
