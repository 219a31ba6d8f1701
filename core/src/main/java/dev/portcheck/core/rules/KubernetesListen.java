package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.AppPorts;
import dev.portcheck.core.wiring.Launch;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes half of {@code app-listen-port}: a container whose image is one the module's build
 * names runs the module's application, with the profiles its {@code env} activates. Silent when the
 * container declares no ports (declaring them is optional), a port is templated, a variable or
 * {@code envFrom} or its command may set the port or the profiles, or the files do not tell one
 * port.
 */
final class KubernetesListen {
  private KubernetesListen() {}

  /** What a container that runs an application declares, for the message and the comparison. */
  record Runner(String what, Launch launch, Map<Integer, Loc> ports, Loc loc) {
    Runner {
      ports = new LinkedHashMap<>(ports);
    }

    /** The declared ports with where each is written: {@code 8080 (k8s/app.yaml:21)}. */
    String describe() {
      StringBuilder out = new StringBuilder();
      ports.forEach(
          (port, at) ->
              out.append(out.length() == 0 ? "" : ", ")
                  .append(port)
                  .append(" (")
                  .append(at)
                  .append(')'));
      return out.toString();
    }
  }

  /**
   * The runner a container makes, when its launch and ports are known well enough to judge; empty
   * otherwise.
   */
  static Optional<Runner> runner(Workload w, Workload.Container c) {
    if (c.launchOpen() || !c.portsKnown() || c.ports().isEmpty()) {
      return Optional.empty();
    }
    Launch launch = Launch.of(c.env(), Optional::of);
    if (!launch.filesDecide()) {
      return Optional.empty();
    }
    Map<Integer, Loc> ports = new LinkedHashMap<>();
    c.ports().forEach(p -> ports.putIfAbsent(p.number(), p.loc()));
    String what = "container '" + c.name() + "' of " + w.describe() + " (" + c.loc() + ")";
    return Optional.of(new Runner(what, launch, ports, c.loc()));
  }

  static List<Finding> check(WiringModel model, AppPorts ports) {
    List<Finding> out = new ArrayList<>();
    if (ports.isEmpty()) {
      return out;
    }
    for (Workload w : model.workloads()) {
      for (Workload.Container c : w.containers()) {
        if (c.image().isEmpty() || !model.runsModule(c.image())) {
          continue;
        }
        Optional<Runner> runner = runner(w, c);
        if (runner.isPresent()) {
          for (String application : ports.applications()) {
            compare(ports, application, runner.get(), c.image()).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }

  /**
   * The same for the application of a folder that is no module of its own: a container runs it when
   * its image is named after the folder ({@code gcr.io/demo/blog} for {@code blog/}), as a compose
   * service that runs such an image does.
   */
  static List<Finding> checkFolders(WiringModel model, AppPorts ports) {
    List<Finding> out = new ArrayList<>();
    if (ports.isEmpty()) {
      return out;
    }
    for (String application : ports.applications()) {
      for (Map.Entry<Workload, Workload.Container> run : model.containersNamedAfter(application)) {
        Workload.Container c = run.getValue();
        runner(run.getKey(), c)
            .flatMap(r -> compare(ports, application, r, c.image()))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * A finding at the application's effective {@code server.port} when the runner declares other
   * ports; {@code image} is named in the message.
   */
  static Optional<Finding> compare(AppPorts ports, String application, Runner r, String image) {
    Optional<Setting> effective = ports.effective(application, r.launch().profiles().get());
    if (effective.isEmpty()) {
      return Optional.empty();
    }
    int port = r.launch().port(effective.get().value());
    if (port < 0 || r.ports().containsKey(port)) {
      return Optional.empty();
    }
    return Optional.of(
        WiringFindings.of(
            AppListenPortRule.INFO,
            AppListenPortRule.INFO.defaultSeverity(),
            effective.get().loc(),
            effective.get().name(),
            port,
            "the application listens on "
                + port
                + r.launch().portNote(effective.get().value())
                + r.launch().profileNote()
                + ", but "
                + r.what()
                + ", which runs its image '"
                + image
                + "', declares "
                + r.describe(),
            r.ports().values().iterator().next(),
            r.what()));
  }
}
