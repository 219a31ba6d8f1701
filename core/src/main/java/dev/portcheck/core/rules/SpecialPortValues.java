package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Role;

/**
 * Values with a documented meaning on a listen setting: {@code 0} asks the OS for a free port
 * (Spring, Quarkus, Micronaut, any socket API) and {@code -1} turns Spring Boot's server off or
 * gives Micronaut a random port. Kubernetes has its own meanings (a {@code targetPort} or {@code
 * hostPort} of 0 is unset), which {@code k8s-port} knows.
 */
final class SpecialPortValues {
  private SpecialPortValues() {}

  static String meaning(PortCandidate c, PortLiteral p) {
    if (p.value() == null
        || c.kind() == FileKind.KUBERNETES
        || c.kind() == FileKind.HELM_VALUES
        || c.role() == Role.CONNECT) {
      return null;
    }
    if (p.value() == 0) {
      return "port 0 asks the operating system for a random free port";
    }
    if (p.value() == -1 && c.role() == Role.LISTEN) {
      return "port -1 turns the server off (Spring Boot) or picks a random port (Micronaut)";
    }
    return null;
  }
}
