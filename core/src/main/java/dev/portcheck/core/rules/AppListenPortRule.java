package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.AppPorts;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.Launch;
import dev.portcheck.core.wiring.Loc;
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
          "When an application's server port (Spring's server.port, quarkus.http.port,"
              + " micronaut.server.port) is not a container port, expose entry or Dockerfile"
              + " EXPOSE of the compose service that runs it, nor a containerPort of the"
              + " Kubernetes container that runs its image, the published ports, Services and the"
              + " other services' addresses very likely reach nothing.");

  /** The module's own application config, not a config server's file for another service. */
  private static final java.util.regex.Pattern OWN_CONFIG =
      java.util.regex.Pattern.compile(
          "src/main/resources/(?:config/)?(?:application|bootstrap)\\.(?:properties|ya?ml)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** A literal port or a Spring placeholder's default; -1 for anything else (random, off). */
  static int port(String value) {
    return AppPorts.port(value);
  }

  @Override
  public List<Finding> check(WiringModel model) {
    AppPorts ports = model.appPorts();
    List<Finding> out = new ArrayList<>();
    for (String application : ports.applications()) {
      for (ComposeModel.ServiceRef ref : model.runnersOf(application)) {
        compose(model, ports, application, ref).ifPresent(out::add);
      }
    }
    out.addAll(KubernetesListen.check(model, model.ownPorts()));
    out.addAll(KubernetesListen.checkFolders(model, ports));
    // Said once: a compose service or container that runs the module already names the image.
    moduleDockerfile(model, ports)
        .filter(f -> out.stream().noneMatch(o -> o.file().equals(f.file()) && o.line() == f.line()))
        .ifPresent(out::add);
    return out;
  }

  /**
   * The module's own {@code Dockerfile}, beside its {@code src/main/resources} application config,
   * runs that application: a {@code server.port} of the default profile that none of its {@code
   * EXPOSE}s names, while nothing in the image sets the port or the profiles, reaches no one who
   * follows the image (a publish, a Service, a client).
   */
  private static Optional<Finding> moduleDockerfile(WiringModel model, AppPorts ports) {
    Optional<DockerImage> own =
        model.dockerfiles().stream().filter(d -> d.file().equals("Dockerfile")).findFirst();
    if (own.isEmpty()
        || own.get().launchOpen()
        || !own.get().exposeKnown()
        || own.get().exposed().isEmpty()
        || ports.applications().size() != 1) {
      return Optional.empty();
    }
    DockerImage image = own.get();
    Optional<Setting> effective =
        ports.effective(ports.applications().iterator().next(), List.of());
    if (effective.isEmpty() || !OWN_CONFIG.matcher(effective.get().loc().file()).matches()) {
      return Optional.empty();
    }
    int port = port(effective.get().value());
    if (port < 0 || image.exposed().stream().anyMatch(x -> x.port() == port)) {
      return Optional.empty();
    }
    String exposed =
        image.exposed().stream()
            .map(x -> x.port() + " (" + x.loc() + ")")
            .distinct()
            .collect(java.util.stream.Collectors.joining(", "));
    return Optional.of(
        listensElsewhere(
            effective.get(),
            port,
            ", but the module's Dockerfile that packages it EXPOSEs " + exposed,
            image.exposed().get(0).loc(),
            "EXPOSE of the module's Dockerfile"));
  }

  private static Optional<Finding> compose(
      WiringModel model, AppPorts ports, String application, ComposeModel.ServiceRef ref) {
    List<ComposeService> definitions = ref.project().services().get(ref.service());
    Launch launch = Launch.of(ref);
    boolean imageOnly = ComposeModel.imageOnly(definitions);
    if (!launch.filesDecide()
        || (imageOnly && definitions.stream().anyMatch(s -> s.commandSet()))) {
      return Optional.empty();
    }
    Optional<Setting> effective = ports.effective(application, launch.profiles().get());
    if (effective.isEmpty()) {
      return Optional.empty();
    }
    int port = launch.port(effective.get().value());
    ComposeListeners l = model.compose().listeners(ref.project(), ref.service());
    // A service that runs the module's image (jib, buildpacks: no EXPOSE to read) is judged once
    // its ports or expose name any; one that builds it, also when its Dockerfile was read and
    // leaves the port and profiles alone (no EXPOSE, nor a variable or flag of its launch).
    boolean built =
        l.image().filter(i -> !i.documented() && !i.launchOpen()).isPresent()
            && l.complete()
            && !l.all().isEmpty();
    boolean judged = imageOnly ? l.complete() && !l.all().isEmpty() : l.judged() || built;
    if (port < 0 || !judged || l.all().containsKey(port)) {
      return Optional.empty();
    }
    return Optional.of(
        listensElsewhere(
            effective.get(),
            port,
            launch.portNote(effective.get().value())
                + launch.profileNote()
                + ", but compose service '"
                + ref.service()
                + "' that runs it listens on "
                + l.describe(),
            l.all().values().iterator().next(),
            "compose service '" + ref.service() + "'"));
  }

  /** The finding at the application's port: {@code "the application listens on 8081" + where}. */
  private static Finding listensElsewhere(
      Setting effective, int port, String where, Loc other, String otherNote) {
    return WiringFindings.of(
        INFO,
        INFO.defaultSeverity(),
        effective.loc(),
        effective.name(),
        port,
        "the application listens on " + port + where,
        other,
        otherNote);
  }
}
