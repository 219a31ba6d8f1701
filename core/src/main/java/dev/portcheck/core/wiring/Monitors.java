package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads Prometheus Operator monitors ({@link Monitor}) from their objects. */
final class Monitors {
  private Monitors() {}

  /** True for a ServiceMonitor or PodMonitor of the operator's group (or Azure's copy of it). */
  static boolean is(String apiVersion, String kind) {
    return (apiVersion.startsWith("monitoring.coreos.com/")
            || apiVersion.startsWith("azmonitoring.coreos.com/"))
        && (kind.equals("ServiceMonitor") || kind.equals("PodMonitor"));
  }

  /** The monitor {@code o} describes; empty when it names no endpoint port. */
  static Optional<Monitor> of(
      KeyTree o,
      String kind,
      String name,
      String namespace,
      Loc at,
      Function<LocatedEntry, Loc> loc) {
    KeyTree spec = o.at("spec");
    String endpoints = kind.equals("PodMonitor") ? "podMetricsEndpoints" : "endpoints";
    List<Setting> ports = new ArrayList<>();
    for (KeyTree e : spec.at(endpoints).items()) {
      LocatedEntry port = e.at("port").entry();
      if (port != null && !port.value().isBlank() && !TemplateMask.hasTemplate(port.value())) {
        ports.add(new Setting("port", port.value(), loc.apply(port)));
      }
    }
    if (ports.isEmpty()) {
      return Optional.empty();
    }
    KeyTree selector = spec.at("selector");
    Map<String, String> labels = new LinkedHashMap<>();
    boolean known = !selector.at("matchExpressions").exists();
    for (Map.Entry<String, KeyTree> l : selector.at("matchLabels").fields().entrySet()) {
      LocatedEntry e = l.getValue().entry();
      if (e == null || TemplateMask.hasTemplate(l.getKey() + e.value())) {
        known = false;
      } else {
        labels.put(l.getKey(), e.value());
      }
    }
    List<String> namespaces = new ArrayList<>();
    for (KeyTree n : spec.at("namespaceSelector", "matchNames").items()) {
      if (n.entry() != null) {
        namespaces.add(n.entry().value());
      }
    }
    boolean any = "true".equals(spec.value("namespaceSelector", "any"));
    return Optional.of(
        new Monitor(
            kind,
            name == null ? "" : name,
            namespace == null ? "" : namespace,
            namespaces,
            any,
            labels,
            known,
            ports,
            at));
  }
}
