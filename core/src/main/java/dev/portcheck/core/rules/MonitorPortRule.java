package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.Monitor;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Prometheus Operator monitor whose endpoint names a port that none of the objects it selects
 * has: a ServiceMonitor's {@code port} is a Service port's name, a PodMonitor's a container port's
 * name, and the operator keeps only the targets of that name, so nothing is scraped. Judged where
 * the module holds every object the selector may pick: each Service (or pod) of the watched
 * namespaces has literal labels, and at least one matches.
 */
public final class MonitorPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "monitor-port",
          Severity.WARNING,
          "ServiceMonitor or PodMonitor endpoint port that the objects it selects do not name",
          "A ServiceMonitor endpoint's port is the name of a port of the Services its selector"
              + " picks, a PodMonitor's the name of a container port of the pods it picks: the"
              + " Prometheus Operator scrapes only the targets of that name, so a name none of"
              + " them has leaves the monitor without targets.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    for (Monitor m : model.monitors()) {
      if (!m.selectorKnown()) {
        continue;
      }
      if (m.ofPods()) {
        pods(m, model.workloads(), out);
      } else {
        services(m, model.services(), out);
      }
    }
    return out;
  }

  private static void services(Monitor m, List<KubeService> all, List<Finding> out) {
    List<KubeService> picked = new ArrayList<>();
    for (KubeService s : all) {
      if (!m.watches(s.namespace())) {
        continue;
      }
      if (!s.labelsKnown() || s.hasUnknownPort()) {
        return;
      }
      if (m.selects(s.labels())) {
        picked.add(s);
      }
    }
    if (picked.isEmpty()) {
      return;
    }
    for (Setting port : m.ports()) {
      if (picked.stream()
          .anyMatch(s -> s.ports().stream().anyMatch(p -> p.name().equals(port.value())))) {
        continue;
      }
      KubeService first = picked.get(0);
      String names =
          picked.stream()
              .flatMap(s -> s.ports().stream())
              .map(p -> p.name().isEmpty() ? String.valueOf(p.port()) : "'" + p.name() + "'")
              .distinct()
              .collect(Collectors.joining(", "));
      out.add(
          finding(
              m,
              port,
              "names no port of the Services it selects: "
                  + picked.stream()
                      .map(s -> s.describe() + " (" + s.loc() + ")")
                      .collect(Collectors.joining(", "))
                  + (names.isEmpty() ? " has no port" : " has " + names),
              first.loc(),
              first.describe()));
    }
  }

  private static void pods(Monitor m, List<Workload> all, List<Finding> out) {
    List<Workload> picked = new ArrayList<>();
    for (Workload w : all) {
      if (!m.watches(w.namespace())) {
        continue;
      }
      if (!w.labelsKnown() || w.containers().stream().anyMatch(c -> !c.portsKnown())) {
        return;
      }
      if (m.selects(w.labels())) {
        picked.add(w);
      }
    }
    if (picked.isEmpty()) {
      return;
    }
    for (Setting port : m.ports()) {
      boolean named =
          picked.stream()
              .flatMap(w -> w.containers().stream())
              .flatMap(c -> c.ports().stream())
              .anyMatch(d -> d.name().equals(port.value()));
      if (!named) {
        Workload first = picked.get(0);
        out.add(
            finding(
                m,
                port,
                "names no container port of the pods it selects: "
                    + first.describe()
                    + " ("
                    + first.loc()
                    + ")",
                first.loc(),
                first.describe()));
      }
    }
  }

  private static Finding finding(Monitor m, Setting port, String why, Loc other, String otherWhat) {
    return WiringFindings.of(
        INFO,
        INFO.defaultSeverity(),
        port.loc(),
        "port",
        -1,
        m.describe() + " endpoint port '" + port.value() + "' " + why,
        other,
        otherWhat);
  }
}
