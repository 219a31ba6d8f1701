package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.Address;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeProject;
import dev.portcheck.core.wiring.ComposeReach;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.KafkaListeners;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.ServiceListenEvidence;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compose healthcheck that dials its own container ({@code localhost}, {@code 127.0.0.1}, or one
 * of its own names: service name, {@code container_name}, {@code hostname}, a network alias) at a
 * port the service does not listen on: not a container port of its {@code ports}, not in {@code
 * expose}, not {@code EXPOSE}d by the Dockerfile of its build context. Judged when that Dockerfile
 * was read, so the image's own ports are known; otherwise an HTTP healthcheck is judged against
 * where the application the service runs serves HTTP ({@link AppListens}).
 */
public final class ComposeHealthcheckPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "compose-healthcheck-port",
          Severity.WARNING,
          "compose healthcheck at a port the service does not listen on",
          "A healthcheck test runs inside the service's own container, where localhost is the"
              + " service itself. A port that its ports, expose and Dockerfile EXPOSE do not name"
              + " (for an HTTP healthcheck of a service whose image's ports are unknown: that the"
              + " application it runs does not serve, by its server port and"
              + " management.server.port) very likely has no listener, so the service never"
              + " becomes healthy.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    ComposeModel compose = model.compose();
    ComposeReach reach = model.composeReach();
    for (ComposeProject project : compose.projects()) {
      for (Map.Entry<String, List<ComposeService>> e : project.services().entrySet()) {
        ComposeListeners listeners = compose.listeners(project, e.getKey());
        Map<Integer, Loc> all = listeners.all();
        // Without its image's ports, the application the service runs says where it serves
        // HTTP: an HTTP healthcheck is judged against that, beside the service's own ports.
        Optional<Map<Integer, Loc>> app =
            listeners.judged()
                ? Optional.empty()
                : reach.application(new ComposeModel.ServiceRef(project, e.getKey()));
        // Otherwise only a published host port is judged: the healthcheck runs in the container,
        // where the publish's host side (3101 of 3101:3100) is no port of the service's.
        boolean hostSideOnly = !listeners.judged() && app.isEmpty();
        if (hostSideOnly && listeners.published().isEmpty()) {
          continue;
        }
        for (ComposeService s : e.getValue()) {
          for (Setting test : s.healthcheck()) {
            Optional<String> text = project.interpolate(test.value());
            if (text.isEmpty() || app.isPresent() && !isHttp(text.get())) {
              continue;
            }
            // A Kafka command-line tool reaches the broker on its listed listeners only.
            Optional<Map<Integer, Loc>> brokers =
                KafkaListeners.isCommandLineClient(text.get())
                    ? listeners.brokerListeners()
                    : Optional.empty();
            for (Address a : Address.in(text.get())) {
              if (brokers.isPresent()) {
                if (ServiceListenEvidence.isItself(project, e.getKey(), a.host())
                    && !brokers.get().containsKey(a.port())) {
                  out.add(
                      unserved(
                          e.getKey(),
                          test,
                          a,
                          brokers.get(),
                          ComposeListeners.describe(brokers.get()) + " as a Kafka broker",
                          project));
                }
                continue;
              }
              if (!ServiceListenEvidence.isItself(project, e.getKey(), a.host())
                  || all.containsKey(a.port())
                  || app.map(m -> m.containsKey(a.port())).orElse(false)) {
                continue;
              }
              ComposeListeners.Published published = listeners.published().get(a.port());
              if (hostSideOnly) {
                // Another service dialing the same port sides with the healthcheck: then the
                // publish is as likely the slip, and nothing here says which.
                if (published != null
                    && published.container() != a.port()
                    && !dialedByOthers(compose, project, e.getKey(), a.port())) {
                  out.add(hostSide(e.getKey(), test, a, published, project));
                }
                continue;
              }
              String ports =
                  app.isPresent()
                      ? ComposeListeners.describe(app.get()) + " by the application it runs"
                      : listeners.describe();
              out.add(unserved(e.getKey(), test, a, app.orElse(all), ports, project));
            }
          }
        }
      }
    }
    return out;
  }

  private static Finding unserved(
      String service,
      Setting test,
      Address a,
      Map<Integer, Loc> serving,
      String ports,
      ComposeProject project) {
    return WiringFindings.of(
        INFO,
        INFO.defaultSeverity(),
        test.loc(),
        "healthcheck.test",
        a.port(),
        dials(service, a)
            + ", but the service listens on "
            + ports
            + project.definitionsOf(test.value()),
        serving.values().iterator().next(),
        "a port service '" + service + "' listens on");
  }

  /** How a message starts: {@code healthcheck of service 'web' dials localhost:8081}. */
  private static String dials(String service, Address a) {
    return "healthcheck of service '" + service + "' dials " + a.host() + ":" + a.port();
  }

  /** True when a service of the project other than {@code service} dials it at {@code port}. */
  private static boolean dialedByOthers(
      ComposeModel compose, ComposeProject project, String service, int port) {
    for (Map.Entry<String, List<ComposeService>> other : project.services().entrySet()) {
      if (other.getKey().equals(service)) {
        continue;
      }
      for (ComposeService s : other.getValue()) {
        for (Setting env : s.environment()) {
          Optional<String> text = project.interpolate(env.value());
          if (text.isPresent()
              && Address.in(text.get()).stream()
                  .anyMatch(
                      a ->
                          a.port() == port
                              && compose
                                  .dialed(project, a.host())
                                  .map(r -> r.service().equals(service))
                                  .orElse(false))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Finding hostSide(
      String service,
      Setting test,
      Address a,
      ComposeListeners.Published published,
      ComposeProject project) {
    return WiringFindings.of(
        INFO,
        INFO.defaultSeverity(),
        test.loc(),
        "healthcheck.test",
        a.port(),
        dials(service, a)
            + ", the host side of its publish "
            + a.port()
            + ":"
            + published.container()
            + " ("
            + published.loc()
            + "); the healthcheck runs inside the container, where the publish forwards to "
            + published.container()
            + ": the healthcheck or the publish names the wrong port"
            + project.definitionsOf(test.value()),
        published.loc(),
        "the publish of service '" + service + "'");
  }

  /**
   * An HTTP call ({@code curl http://localhost:8080/actuator/health}, {@code wget -qO-
   * https://...}).
   */
  private static boolean isHttp(String text) {
    return text.contains("http://") || text.contains("https://");
  }
}
