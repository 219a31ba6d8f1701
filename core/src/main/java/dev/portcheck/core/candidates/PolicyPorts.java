package dev.portcheck.core.candidates;

/**
 * Which side the ports of mesh and policy objects are on. None of them is a listener (their binding
 * is none); the role says whether a port is one the selected workload serves or one it dials:
 *
 * <ul>
 *   <li>NetworkPolicy: {@code ingress} ports are the selected pods' own (serving side), {@code
 *       egress} ports are the destinations' (dialling side);
 *   <li>Istio AuthorizationPolicy {@code to.operation.ports}, Gateway {@code servers.port}, a
 *       VirtualService's {@code match.port} and a Sidecar's {@code ingress}: where traffic arrives;
 *   <li>a VirtualService's {@code destination.port}, a DestinationRule, a ServiceEntry and a
 *       Sidecar's {@code egress}: the port dialled.
 * </ul>
 */
final class PolicyPorts {
  private PolicyPorts() {}

  /** The role of a port in an object of {@code objectKind}, or {@code role} for other objects. */
  static Role roleOf(String objectKind, String key, Role role) {
    return switch (objectKind) {
      case "NetworkPolicy", "Sidecar" ->
          key.contains("egress") ? Role.CONNECT : key.contains("ingress") ? Role.LISTEN : role;
      case "AuthorizationPolicy", "Gateway", "PeerAuthentication" -> Role.LISTEN;
      case "VirtualService" -> key.contains("destination") ? Role.CONNECT : Role.LISTEN;
      case "DestinationRule", "ServiceEntry", "WorkloadEntry" -> Role.CONNECT;
      default -> role;
    };
  }
}
