package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.PortRange;
import dev.portcheck.core.findings.Severity;

/**
 * A listener inside the range the OS hands out to outgoing connections (Linux {@code
 * net.ipv4.ip_local_port_range}, 32768-60999 by default) or the IANA dynamic range: some day a
 * client socket holds the port when the server starts, and it fails to bind. That happens only
 * where other processes' outgoing connections share the namespace: on the host (a host process, a
 * published host port, a hostPort). Inside a container or pod only its own connections compete. A
 * port outside the target hosts' client range but inside the IANA one is taken only on hosts that
 * use the IANA range (Windows, macOS): an info, as the configured range says what the hosts are.
 */
public final class EphemeralPortRule extends PortByPortRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "ephemeral-port",
          Severity.WARNING,
          "Listen port in the ephemeral range",
          "Ports the OS picks for outgoing connections (Linux 32768-60999 by default, IANA "
              + "dynamic 49152-65535) may be taken when the server starts.");

  private final PortInterval clientPorts;

  public EphemeralPortRule() {
    this(PortInterval.LINUX_CLIENT_PORTS);
  }

  /** With the client port range of the target hosts ({@code ip_local_port_range}). */
  public EphemeralPortRule(PortInterval clientPorts) {
    super(INFO);
    this.clientPorts = clientPorts;
  }

  @Override
  Finding check(PortCandidate c, PortLiteral p) {
    if (!p.isValidPort()
        || p.origin() == PortLiteral.Origin.REFERENCE
        || !c.bindingOf(p).sharedWithHostClients()) {
      return null;
    }
    int port = p.port();
    boolean local = clientPorts.contains(port);
    boolean dynamic = PortRange.of(port) == PortRange.DYNAMIC;
    if (!local && !dynamic) {
      return null;
    }
    String which =
        local && dynamic
            ? "the OS client port range " + clientPorts.describe() + " and the IANA dynamic range"
            : local
                ? "the OS client port range " + clientPorts.describe()
                : "the IANA dynamic range 49152-65535";
    Finding finding =
        Findings.at(
            INFO,
            c,
            p,
            (c.role() == Role.MAPPING ? "publishes host " : "listens on ")
                + withProtocol(Findings.portWithRange(port), port, c)
                + ", inside "
                + which
                + (local
                    ? ""
                    : " (outside the OS client port range " + clientPorts.describe() + ")")
                + ": an outgoing connection on the host may hold it when the server starts");
    return local ? finding : finding.withSeverity(Severity.INFO);
  }

  /** A port other than TCP says its protocol: a TCP and a UDP publish of it are two findings. */
  private static String withProtocol(String described, int port, PortCandidate c) {
    return c.protocol() == dev.portcheck.core.candidates.Protocol.TCP
        ? described
        : described.replaceFirst("port " + port, "port " + port + "/" + c.protocol().id());
  }
}
