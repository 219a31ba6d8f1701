package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one {@code v1} Service object of {@link KubernetesFacts}: its selector, its ports with
 * their target ports, whether it is headless, and its own labels. Kept apart so the facts hold the
 * dispatch over the kinds of objects, not the reading of each.
 */
final class KubeServiceReader {
  private KubeServiceReader() {}

  /**
   * Copies the literal labels of {@code node} into {@code into}; false when one is unknown ({@link
   * KubernetesFacts}' reading of labels, which knows the chart of the file).
   */
  interface LabelReader {
    boolean copy(KeyTree node, Map<String, String> into, boolean selector);
  }

  /**
   * The Service {@code o} defines; empty for an {@code ExternalName} Service, which has no pods.
   */
  static Optional<KubeService> read(
      KeyTree o,
      String name,
      String namespace,
      Loc loc,
      Function<LocatedEntry, Loc> locate,
      LabelReader labelsInto) {
    KeyTree spec = o.at("spec");
    if ("ExternalName".equals(spec.value("type"))) {
      return Optional.empty();
    }
    Map<String, String> selector = new LinkedHashMap<>();
    boolean known = labelsInto.copy(spec.at("selector"), selector, true);
    List<KubeService.ServicePort> ports = ports(spec, loc, locate);
    boolean headless = "None".equals(spec.value("clusterIP"));
    Map<String, String> labels = new LinkedHashMap<>();
    boolean labelsKnown = labelsInto.copy(o.at("metadata", "labels"), labels, false);
    return Optional.of(
        new KubeService(
            name, namespace, selector, known, headless, ports, loc, labels, labelsKnown));
  }

  /**
   * The ports of a Service's {@code spec}, with one of unknown number when a template writes ports
   * of its own.
   */
  private static List<KubeService.ServicePort> ports(
      KeyTree spec, Loc loc, Function<LocatedEntry, Loc> locate) {
    List<KubeService.ServicePort> ports = new ArrayList<>();
    for (KeyTree p : spec.at("ports").items()) {
      LocatedEntry portEntry = p.at("port").entry();
      if (portEntry == null) {
        continue;
      }
      PortRef port = PortRef.parse(portEntry.value());
      int number = port.isNumber() ? port.number() : -1;
      LocatedEntry targetEntry = p.at("targetPort").entry();
      PortRef target = targetEntry == null ? port : PortRef.parse(targetEntry.value());
      boolean written = targetEntry != null;
      if (target.isNumber() && target.number() == 0) {
        target = port; // Kubernetes accepts targetPort 0 as unset
        written = false;
      }
      String portName = p.value("name");
      ports.add(
          new KubeService.ServicePort(
              portName == null ? "" : TemplateText.literal(portName),
              number,
              target,
              Protocol.declared(p.value("protocol")),
              locate.apply(portEntry),
              locate.apply(targetEntry == null ? portEntry : targetEntry),
              written));
    }
    if (!spec.at("ports").fields().isEmpty()) {
      // A template writes ports of its own: the Service may serve any port.
      ports.add(
          new KubeService.ServicePort("", -1, PortRef.UNKNOWN, Protocol.TCP, loc, loc, false));
    }
    return ports;
  }
}
