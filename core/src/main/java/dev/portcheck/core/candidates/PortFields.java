package dev.portcheck.core.candidates;

/**
 * Tells the Kubernetes port field of a key path, with the kind of object that holds it if known.
 */
final class PortFields {
  private PortFields() {}

  /** The field of {@code key} in a file of {@code kind}, the holding object's kind unknown. */
  static PortField of(FileKind kind, String key) {
    return of(kind, key, "");
  }

  /**
   * The field of {@code key}; {@code objectKind} is the {@code kind} of the Kubernetes object that
   * holds it, empty when unknown (Helm values, a template whose kind is templated).
   */
  static PortField of(FileKind kind, String key, String objectKind) {
    if (kind != FileKind.KUBERNETES && kind != FileKind.HELM_VALUES) {
      return PortField.OTHER;
    }
    boolean service = objectKind.isEmpty() || objectKind.equals("Service");
    return switch (KeyClassifier.lastSegment(key)) {
      case "containerPort" -> PortField.CONTAINER_PORT;
      case "hostPort" -> PortField.HOST_PORT;
      case "nodePort" -> service ? PortField.NODE_PORT : PortField.OTHER;
      case "targetPort" -> service ? PortField.TARGET_PORT : PortField.OTHER;
      case "port" -> portField(kind, key, service);
      default -> PortField.OTHER;
    };
  }

  private static PortField portField(FileKind kind, String key, boolean service) {
    if (key.contains("Probe.")) {
      return PortField.PROBE_PORT; // livenessProbe.httpGet.port, readinessProbe.tcpSocket.port
    }
    if (kind == FileKind.KUBERNETES) {
      return service && isServicePortsItem(key) ? PortField.SERVICE_PORT : PortField.OTHER;
    }
    // Helm values: service.port, services.web.port
    for (String segment : KeyClassifier.segments(key)) {
      for (String word : KeyClassifier.words(segment)) {
        if (word.equals("service") || word.equals("services") || word.equals("svc")) {
          return PortField.SERVICE_PORT;
        }
      }
    }
    return PortField.OTHER;
  }

  /** {@code spec.ports[0].port}, also as an item of a {@code kind: List}. */
  private static boolean isServicePortsItem(String key) {
    String rest = key.startsWith("items[") ? key.substring(key.indexOf("].") + 2) : key;
    return rest.startsWith("spec.ports[") && rest.indexOf('.', 11) == rest.lastIndexOf('.');
  }
}
