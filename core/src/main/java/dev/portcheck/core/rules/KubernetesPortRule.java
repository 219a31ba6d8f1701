package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortField;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;

/**
 * What the Kubernetes API server rejects although 0..65535 allows it, field by field: 0 as a
 * containerPort, a Service port or a probe port; a {@code nodePort} outside the cluster's node port
 * range (default 30000-32767, the API server's {@code --service-node-port-range}). A {@code
 * targetPort} or {@code hostPort} of 0 means unset and a {@code nodePort} of 0 "allocate one", so
 * those are accepted.
 */
public final class KubernetesPortRule extends PortByPortRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "k8s-port",
          Severity.ERROR,
          "Port Kubernetes rejects",
          "containerPort, Service port and probe ports must be 1-65535 (targetPort and hostPort 0 "
              + "mean unset), and a Service nodePort must lie in the node port range, "
              + "30000-32767 by default.");

  private final PortInterval nodePorts;

  public KubernetesPortRule() {
    this(PortInterval.KUBERNETES_NODE_PORTS);
  }

  public KubernetesPortRule(PortInterval nodePorts) {
    super(INFO);
    this.nodePorts = nodePorts;
  }

  @Override
  List<PortLiteral> portsOf(PortCandidate c) {
    return c.kind() != FileKind.KUBERNETES || c.field() == PortField.OTHER ? List.of() : c.ports();
  }

  @Override
  Finding check(PortCandidate c, PortLiteral p) {
    if (!p.isValidPort() || p.origin() == PortLiteral.Origin.REFERENCE) {
      return null;
    }
    String problem = problem(c.field(), p.port());
    return problem == null ? null : Findings.at(INFO, c, p, problem);
  }

  private String problem(PortField field, int port) {
    return switch (field) {
      case NODE_PORT ->
          port != 0 && !nodePorts.contains(port)
              ? "nodePort "
                  + port
                  + " is outside the node port range "
                  + nodePorts.describe()
                  + ": the API server rejects the Service"
              : null;
      case CONTAINER_PORT, SERVICE_PORT, PROBE_PORT ->
          port == 0
              ? describe(field) + " 0 is rejected by the API server: it must be 1-65535"
              : null;
      case TARGET_PORT, HOST_PORT, OTHER, LISTEN_FLAG -> null;
    };
  }

  private static String describe(PortField field) {
    return switch (field) {
      case CONTAINER_PORT -> "containerPort";
      case SERVICE_PORT -> "Service port";
      case PROBE_PORT -> "probe port";
      default -> field.id();
    };
  }
}
