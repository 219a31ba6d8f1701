package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the application a compose service runs listens for HTTP, as its files say: its effective
 * server port ({@link Framework}) under the profiles the service activates, and its actuator's
 * {@code management.server.port} where it has one. Known only where one application is run by the
 * service, its files decide the port (no variable overrides it, the profiles are readable) and the
 * service does not replace the image's command; evidence for an HTTP call to the service itself.
 */
public final class AppListens {
  private final WiringModel model;
  private final AppPorts ports;
  private final Map<ComposeModel.ServiceRef, List<String>> applicationsByRunner = new HashMap<>();

  private AppListens(WiringModel model) {
    this.model = model;
    this.ports = model.appPorts();
    for (String application : ports.applications()) {
      for (ComposeModel.ServiceRef ref : model.runnersOf(application)) {
        applicationsByRunner.computeIfAbsent(ref, r -> new ArrayList<>()).add(application);
      }
    }
  }

  public static AppListens of(WiringModel model) {
    return new AppListens(model);
  }

  /** The HTTP ports of the one application {@code ref} runs, each where it is written. */
  public Optional<Map<Integer, Loc>> of(ComposeModel.ServiceRef ref) {
    List<String> applications = applicationsByRunner.getOrDefault(ref, List.of());
    if (applications.size() != 1) {
      return Optional.empty();
    }
    String application = applications.get(0);
    List<ComposeService> definitions = ref.project().services().get(ref.service());
    Launch launch = Launch.of(ref);
    if (!launch.filesDecide() || definitions.stream().anyMatch(ComposeService::commandSet)) {
      return Optional.empty();
    }
    Optional<DockerImage> image = model.compose().listeners(ref.project(), ref.service()).image();
    if (image.isPresent() && image.get().launchOpen()) {
      return Optional.empty();
    }
    List<String> active = launch.profiles().get();
    Optional<Setting> server = ports.effective(application, active);
    int port = server.map(s -> AppPorts.port(s.value())).orElse(-1);
    if (port < 0) {
      return Optional.empty();
    }
    Map<Integer, Loc> out = new LinkedHashMap<>();
    out.put(port, server.get().loc());
    // The actuator's own port, in any profile that may be active: each one counts as a listener.
    for (Setting s : model.app()) {
      if (s.name().equals(AppSettings.MANAGEMENT_PORT)
          && AppPorts.application(s.loc().file()).equals(application)
          && !addPort(s, out)) {
        return Optional.empty();
      }
    }
    for (ProfilePort p : model.profilePorts()) {
      if (p.setting().name().equals(AppSettings.MANAGEMENT_PORT)
          && p.applicationFile().equals(application)
          && active.contains(p.profile())
          && !addPort(p.setting(), out)) {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  /** Adds a management port; false when its value is no port known here. */
  private static boolean addPort(Setting s, Map<Integer, Loc> out) {
    int port = AppPorts.port(s.value());
    if (port < 0) {
      return false;
    }
    out.putIfAbsent(port, s.loc());
    return true;
  }
}
