package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.Binding;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;

/**
 * A port below 1024 where binding it fails: a host process without root or CAP_NET_BIND_SERVICE,
 * and a pod whose container runs as non-root with every capability dropped. Inside containers
 * Docker (20.10+), Podman and containerd 2.0 lower {@code net.ipv4.ip_unprivileged_port_start} to
 * 0, so a container may bind 80; pods on other runtimes get one info per module ({@link
 * PrivilegedPodPortsRule}). A published host port is bound by the engine, not the process.
 */
public final class PrivilegedPortRule extends PortByPortRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "privileged-port",
          Severity.WARNING,
          "Listen port below 1024 where binding it needs privileges",
          "On Linux a host process needs root or CAP_NET_BIND_SERVICE to bind 1..1023 (unless "
              + "net.ipv4.ip_unprivileged_port_start is lowered). Container engines lower it "
              + "inside containers; CRI-O does not by default, so a non-root pod with every "
              + "capability dropped cannot bind such a port there.");

  public PrivilegedPortRule() {
    super(INFO);
  }

  @Override
  Finding check(PortCandidate c, PortLiteral p) {
    if (!isPrivileged(p)) {
      return null;
    }
    Binding binding = c.bindingOf(p);
    if (binding == Binding.HOST_PROCESS) {
      return Findings.at(
          INFO,
          c,
          p,
          "listens on privileged "
              + Findings.portWithRange(p.port())
              + " as a host process: binding it needs root or CAP_NET_BIND_SERVICE; use "
              + "a port above 1023");
    }
    if (binding == Binding.POD && c.unprivileged()) {
      return Findings.at(
          INFO,
          c,
          p,
          "container port "
              + p.port()
              + " (system range 0-1023) of a process that runs as non-root with every "
              + "capability dropped: it cannot bind the port where the runtime keeps "
              + "net.ipv4.ip_unprivileged_port_start at 1024 (CRI-O by default, "
              + "containerd before 2.0); add NET_BIND_SERVICE or listen above 1023");
    }
    return null;
  }

  static boolean isPrivileged(PortLiteral p) {
    return p.isValidPort()
        && p.port() >= 1
        && p.port() <= 1023
        && p.origin() != PortLiteral.Origin.IMPLIED
        && p.origin() != PortLiteral.Origin.REFERENCE;
  }
}
