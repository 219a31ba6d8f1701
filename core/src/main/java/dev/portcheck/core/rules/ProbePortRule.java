package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A probe whose port its own container does not declare. A port name must be one of the container's
 * port names, or the kubelet cannot resolve it and the probe fails: an error. A number nobody
 * declares very likely reaches no listener: a warning. Silent for a container that declares no
 * ports or templated ones.
 */
public final class ProbePortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "probe-port",
          Severity.ERROR,
          "probe port that its container does not declare",
          "A liveness, readiness or startup probe runs against its own container. A port name"
              + " the container does not declare cannot resolve (error); a number it does not"
              + " declare very likely has no listener, so the pod is restarted or never ready"
              + " (warning).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : model.workloads()) {
      for (Workload.Container c : w.containers()) {
        if (!c.portsKnown() || c.ports().isEmpty()) {
          continue;
        }
        for (Workload.Probe p : c.probes()) {
          boolean name = p.port().isName();
          boolean found =
              name
                  ? c.ports().stream().anyMatch(d -> d.name().equals(p.port().name()))
                  : !p.port().isNumber()
                      || c.ports().stream().anyMatch(d -> d.number() == p.port().number());
          if (found) {
            continue;
          }
          String declared =
              c.ports().stream()
                  .map(
                      d ->
                          (d.name().isEmpty() ? "" : "'" + d.name() + "' ")
                              + d.number()
                              + " ("
                              + d.loc()
                              + ")")
                  .collect(Collectors.joining(", "));
          String message =
              p.kind().field()
                  + " "
                  + p.handler()
                  + " port "
                  + p.port()
                  + " is not "
                  + (name ? "a port name" : "a port")
                  + " of container '"
                  + c.name()
                  + "' of "
                  + w.kind()
                  + " '"
                  + w.name()
                  + "', which declares "
                  + declared;
          out.add(
              WiringFindings.of(
                  INFO,
                  name ? Severity.ERROR : Severity.WARNING,
                  p.loc(),
                  p.kind().field() + "." + p.handler() + ".port",
                  p.port().isNumber() ? p.port().number() : -1,
                  message,
                  c.ports().get(0).loc(),
                  "the ports container '" + c.name() + "' declares"));
        }
      }
    }
    return out;
  }
}
