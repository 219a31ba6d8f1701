package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.AppPorts;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.Launch;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An application whose {@code server.port}, in the profiles its container activates ({@code
 * SPRING_PROFILES_ACTIVE}; the last that sets it wins, else the default), is none of the ports the
 * container running it listens on. A compose service runs the module's application when its {@code
 * build:} is the module's folder or, without a build, its {@code image:} is one the module's build
 * names (jib, spring-boot build-image); a service named like the application's file in a config
 * server's search location runs that file. Its ports are its container ports, {@code expose} and
 * the {@code EXPOSE} of the image it builds. A Kubernetes container runs the module when its image
 * is the module's; its ports are its {@code containerPort}s ({@link KubernetesListen}).
 */
public final class AppListenPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "app-listen-port",
          Severity.WARNING,
          "application listens on a port its container does not publish, expose or declare",
          "When an application's server.port is not a container port, expose entry or Dockerfile"
              + " EXPOSE of the compose service that runs it, nor a containerPort of the"
              + " Kubernetes container that runs its image, the published ports, Services and the"
              + " other services' addresses very likely reach nothing.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** A literal port or a Spring placeholder's default; -1 for anything else (random, off). */
  static int port(String value) {
    return AppPorts.port(value);
  }

  /** The launch the service's definitions describe: profiles and port variables. */
  static Launch launch(ComposeModel.ServiceRef ref) {
    List<Setting> env = new ArrayList<>();
    for (ComposeService s : ref.project().services().get(ref.service())) {
      env.addAll(s.environment());
    }
    return Launch.of(env, ref.project()::interpolate);
  }

  @Override
  public List<Finding> check(WiringModel model) {
    AppPorts ports =
        AppPorts.of(
            model.app(),
            model.profilePorts().stream()
                .filter(p -> p.setting().name().equals(AppPorts.PORT))
                .toList(),
            a -> true);
    List<Finding> out = new ArrayList<>();
    for (String application : ports.applications()) {
      for (ComposeModel.ServiceRef ref : model.runnersOf(application)) {
        compose(model, ports, application, ref).ifPresent(out::add);
      }
    }
    out.addAll(KubernetesListen.check(model, model.ownPorts()));
    return out;
  }

  private static Optional<Finding> compose(
      WiringModel model, AppPorts ports, String application, ComposeModel.ServiceRef ref) {
    List<ComposeService> definitions = ref.project().services().get(ref.service());
    Launch launch = launch(ref);
    boolean imageOnly = ComposeModel.imageOnly(definitions);
    if (!launch.filesDecide()
        || (imageOnly && definitions.stream().anyMatch(s -> s.commandSet()))) {
      return Optional.empty();
    }
    Optional<Setting> effective = ports.effective(application, launch.profiles().get());
    if (effective.isEmpty()) {
      return Optional.empty();
    }
    int port = port(effective.get().value());
    ComposeListeners l = model.compose().listeners(ref.project(), ref.service());
    // A service that builds the module is judged once its Dockerfile EXPOSEs ports; one that runs
    // the module's image (jib, buildpacks: no EXPOSE to read) once its ports or expose name any.
    boolean judged = imageOnly ? l.complete() && !l.all().isEmpty() : l.judged();
    if (port < 0 || !judged || l.all().containsKey(port)) {
      return Optional.empty();
    }
    return Optional.of(
        WiringFindings.of(
            INFO,
            INFO.defaultSeverity(),
            effective.get().loc(),
            effective.get().name(),
            port,
            "the application listens on "
                + port
                + launch.profileNote()
                + ", but compose service '"
                + ref.service()
                + "' that runs it listens on "
                + l.describe(),
            l.all().values().iterator().next(),
            "compose service '" + ref.service() + "'"));
  }
}
