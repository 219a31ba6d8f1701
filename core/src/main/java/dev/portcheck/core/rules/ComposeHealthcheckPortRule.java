package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.Address;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compose healthcheck that dials its own container ({@code localhost}, {@code 127.0.0.1}, or one
 * of its own names: service name, {@code container_name}, {@code hostname}, a network alias) at a
 * port the service does not listen on: not a container port of its {@code ports}, not in {@code
 * expose}, not {@code EXPOSE}d by the Dockerfile of its build context. Only judged when that
 * Dockerfile was read, so the image's own ports are known.
 */
public final class ComposeHealthcheckPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "compose-healthcheck-port",
          Severity.WARNING,
          "compose healthcheck at a port the service does not listen on",
          "A healthcheck test runs inside the service's own container, where localhost is the"
              + " service itself. A port that its ports, expose and Dockerfile EXPOSE do not name"
              + " very likely has no listener, so the service never becomes healthy.");

  private static final Set<String> SELF = Set.of("localhost", "127.0.0.1", "0.0.0.0", "::1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    ComposeModel compose = model.compose();
    for (ComposeModel.Project project : compose.projects()) {
      for (Map.Entry<String, List<ComposeService>> e : project.services().entrySet()) {
        ComposeListeners listeners = compose.listeners(project, e.getKey());
        Map<Integer, Loc> all = listeners.all();
        if (!listeners.judged()) {
          continue;
        }
        for (ComposeService s : e.getValue()) {
          for (Setting test : s.healthcheck()) {
            Optional<String> text = project.interpolate(test.value());
            if (text.isEmpty()) {
              continue;
            }
            for (Address a : Address.in(text.get())) {
              boolean self =
                  SELF.contains(a.host())
                      || project.serviceFor(a.host()).filter(e.getKey()::equals).isPresent();
              if (!self || all.containsKey(a.port())) {
                continue;
              }
              Map.Entry<Integer, Loc> first = all.entrySet().iterator().next();
              String ports = listeners.describe();
              out.add(
                  WiringFindings.of(
                      INFO,
                      INFO.defaultSeverity(),
                      test.loc(),
                      "healthcheck.test",
                      a.port(),
                      "healthcheck of service '"
                          + e.getKey()
                          + "' dials "
                          + a.host()
                          + ":"
                          + a.port()
                          + ", but the service listens on "
                          + ports
                          + project.definitionsOf(test.value()),
                      first.getValue(),
                      "a port service '" + e.getKey() + "' listens on"));
            }
          }
        }
      }
    }
    return out;
  }
}
