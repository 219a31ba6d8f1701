package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.PortRange;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener inside the range the OS hands out to outgoing connections (Linux {@code
 * net.ipv4.ip_local_port_range}, 32768-60999 by default) or the IANA dynamic range: some day a
 * client socket holds the port when the server starts, and it fails to bind. That happens only
 * where other processes' outgoing connections share the namespace: on the host (a host process, a
 * published host port, a hostPort). Inside a container or pod only its own connections compete.
 */
public final class EphemeralPortRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "ephemeral-port",
          Severity.WARNING,
          "Listen port in the ephemeral range",
          "Ports the OS picks for outgoing connections (Linux 32768-60999 by default, IANA "
              + "dynamic 49152-65535) may be taken when the server starts.");

  private final int localFirst;
  private final int localLast;

  public EphemeralPortRule() {
    this(32768, 60999);
  }

  /** With the client port range of the target hosts ({@code ip_local_port_range}). */
  public EphemeralPortRule(int localFirst, int localLast) {
    this.localFirst = localFirst;
    this.localLast = localLast;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    List<Finding> found = new ArrayList<>();
    for (PortLiteral p : c.boundPorts()) {
      if (!p.isValidPort()
          || p.origin() == PortLiteral.Origin.REFERENCE
          || !c.bindingOf(p).sharedWithHostClients()) {
        continue;
      }
      int port = p.port();
      boolean local = port >= localFirst && port <= localLast;
      boolean dynamic = PortRange.of(port) == PortRange.DYNAMIC;
      if (!local && !dynamic) {
        continue;
      }
      String which =
          local && dynamic
              ? "the OS client port range "
                  + localFirst
                  + "-"
                  + localLast
                  + " and the IANA dynamic range"
              : local
                  ? "the OS client port range " + localFirst + "-" + localLast
                  : "the IANA dynamic range 49152-65535";
      found.add(
          Findings.at(
              INFO,
              c,
              p,
              (c.role() == Role.MAPPING ? "publishes host " : "listens on ")
                  + Findings.portWithRange(port)
                  + ", inside "
                  + which
                  + ": an outgoing connection on the host may hold it when the server starts"));
    }
    return found;
  }
}
