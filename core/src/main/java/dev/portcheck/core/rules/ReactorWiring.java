package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.model.ImageName;
import dev.portcheck.core.wiring.AppPorts;
import dev.portcheck.core.wiring.ComposeListeners;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeProject;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.Launch;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.ModuleImages;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code app-listen-port} across the modules of a build: module A's application against a container
 * of module B that runs A's image (a Kubernetes container, or a compose service without {@code
 * build:}), where A's own analysis cannot see B's files. Each module hands over a small {@link
 * Facts} summary; the module that reports puts the paths relative to its own folder. Pairs that a
 * module already judges itself are left out: a container in A's own files, and a compose file in a
 * folder above A that A reads itself (see {@link Facts#composeTop}).
 */
public final class ReactorWiring {
  private ReactorWiring() {}

  /**
   * A container that runs an image, as another module's analysis needs it.
   *
   * @param image the image as written (interpolated for compose)
   * @param what how messages name it, with its place: {@code container 'app' of Deployment 'shop'
   *     (k8s/app.yaml:18)}
   * @param ports the ports it listens on, each with where it is written
   * @param composeFolder the compose project's folder, relative to the module; null for Kubernetes
   */
  public record Container(
      String image, String what, Launch launch, Map<Integer, Loc> ports, String composeFolder) {
    public Container {
      ports = new LinkedHashMap<>(ports);
    }
  }

  /**
   * One module's wiring summary, paths relative to its folder.
   *
   * @param app the {@code server.port} settings of its own applications
   * @param containers its containers that run images it does not build itself
   * @param composeTop the highest folder whose compose files the module reads itself, relative to
   *     the module ({@code ..}), empty for none
   * @param services its Kubernetes Services with literal ports
   * @param clients its client addresses at hosts that are none of its own Services
   */
  public record Facts(
      AppPorts app,
      List<Container> containers,
      String composeTop,
      List<ReactorClients.ServiceEnd> services,
      List<ReactorClients.ClientEnd> clients) {
    public static final Facts NONE =
        new Facts(new AppPorts(Map.of(), Map.of()), List.of(), "", List.of(), List.of());

    public Facts {
      containers = List.copyOf(containers);
      services = List.copyOf(services);
      clients = List.copyOf(clients);
    }

    public boolean isEmpty() {
      return app.isEmpty() && containers.isEmpty() && services.isEmpty() && clients.isEmpty();
    }
  }

  /**
   * A module in the reactor.
   *
   * @param baseDir the module's folder, absolute
   */
  public record Module(String name, Path baseDir, ModuleImages images, Facts facts) {
    public Module {
      baseDir = baseDir.toAbsolutePath().normalize();
    }
  }

  /** The summary of a module's model; {@code composeTop} as its analysis read compose files. */
  public static Facts facts(WiringModel model, String composeTop) {
    List<Container> containers = new ArrayList<>();
    for (Workload w : model.workloads()) {
      for (Workload.Container c : w.containers()) {
        if (!c.image().isEmpty() && !model.runsModule(c.image())) {
          KubernetesListen.runner(w, c)
              .ifPresent(
                  r ->
                      containers.add(
                          new Container(c.image(), r.what(), r.launch(), r.ports(), null)));
        }
      }
    }
    for (ComposeProject p : model.compose().projects()) {
      if (p.folder().startsWith("..")) {
        continue; // a compose file above the module is the module owning it to hand over
      }
      p.services()
          .forEach(
              (name, definitions) ->
                  composeContainer(model, p, name, definitions).ifPresent(containers::add));
    }
    return new Facts(
        model.ownPorts(),
        containers,
        composeTop,
        ReactorClients.services(model),
        ReactorClients.clients(model));
  }

  private static Optional<Container> composeContainer(
      WiringModel model, ComposeProject p, String name, List<ComposeService> definitions) {
    if (!ComposeModel.imageOnly(definitions)
        || definitions.stream().anyMatch(ComposeService::commandSet)) {
      return Optional.empty();
    }
    String written = "";
    for (ComposeService s : definitions) {
      written = s.image().isEmpty() ? written : s.image();
    }
    Optional<String> image = p.interpolate(written).filter(i -> !i.isEmpty());
    if (image.isEmpty()
        || model.runsModule(image.get())
        || ImageName.parse(image.get()).isEmpty()) {
      return Optional.empty();
    }
    ComposeListeners l = model.compose().listeners(p, name);
    Launch launch = Launch.of(new ComposeModel.ServiceRef(p, name));
    if (!l.complete() || l.all().isEmpty() || !launch.filesDecide()) {
      return Optional.empty();
    }
    String what =
        "compose service '" + name + "' (" + definitions.get(definitions.size() - 1).loc() + ")";
    return Optional.of(new Container(image.get(), what, launch, l.all(), p.folder()));
  }

  /**
   * The findings {@code reporter} adds for the whole build: each module's application against the
   * containers of the other modules that run its image, located at the {@code server.port} and with
   * paths relative to {@code reporter}'s folder. {@code modules} holds every module, the reporter
   * too; each distinct finding is reported once.
   */
  public static List<Finding> check(Module reporter, List<Module> modules) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    // An image two modules claim (a literal name inherited from a parent) says nothing about which
    // of them a container runs.
    Map<ImageName, Set<Path>> claims = new LinkedHashMap<>();
    for (Module m : modules) {
      m.images()
          .names()
          .forEach(n -> claims.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(m.baseDir()));
    }
    for (Module app : modules) {
      if (app.images().isEmpty() || app.facts().app().isEmpty()) {
        continue;
      }
      for (Module host : modules) {
        if (host.baseDir().equals(app.baseDir())) {
          continue; // the module judges its own containers
        }
        for (Container c : host.facts().containers()) {
          Optional<ImageName> image = ImageName.parse(c.image());
          if (image.isEmpty()
              || !app.images().names().contains(image.get())
              || claims.get(image.get()).size() > 1
              || readsItself(app, host, c)) {
            continue;
          }
          KubernetesListen.Runner runner =
              new KubernetesListen.Runner(
                  inModule(rebase(c.what(), host, reporter), host),
                  c.launch(),
                  rebase(c.ports(), host, reporter),
                  null);
          AppPorts ports = rebase(app.facts().app(), app, reporter);
          for (String application : ports.applications()) {
            KubernetesListen.compare(ports, application, runner, c.image())
                .filter(f -> seen.add(f.file() + ":" + f.line() + ":" + f.message()))
                .ifPresent(out::add);
          }
        }
      }
    }
    for (Finding f : ReactorClients.check(modules, (m, l) -> rebase(l, m, reporter))) {
      if (seen.add(f.file() + ":" + f.line() + ":" + f.message())) {
        out.add(f);
      }
    }
    return out;
  }

  /** True when {@code app} reads {@code c}'s compose file itself, as a folder above it. */
  private static boolean readsItself(Module app, Module host, Container c) {
    if (c.composeFolder() == null || app.facts().composeTop().isEmpty()) {
      return false;
    }
    Path folder = host.baseDir().resolve(c.composeFolder()).normalize();
    Path top = app.baseDir().resolve(app.facts().composeTop()).normalize();
    return app.baseDir().startsWith(folder) && folder.startsWith(top);
  }

  /** {@code what} with the module it is written in: {@code ... in module deploy (k8s/a.yaml:3)}. */
  private static String inModule(String what, Module host) {
    int open = what.lastIndexOf(" (");
    return open < 0
        ? what + " in module " + host.name()
        : what.substring(0, open) + " in module " + host.name() + what.substring(open);
  }

  private static String relative(Module from, Module to, String file) {
    Path absolute = from.baseDir().resolve(file).normalize();
    return to.baseDir().relativize(absolute).toString().replace('\\', '/');
  }

  private static Loc rebase(Loc l, Module from, Module to) {
    return new Loc(relative(from, to, l.file()), l.line(), l.column());
  }

  private static Map<Integer, Loc> rebase(Map<Integer, Loc> ports, Module from, Module to) {
    Map<Integer, Loc> out = new LinkedHashMap<>();
    ports.forEach((p, l) -> out.put(p, rebase(l, from, to)));
    return out;
  }

  /** {@code what} with the place in parentheses at its end written relative to {@code to}. */
  private static String rebase(String what, Module from, Module to) {
    int open = what.lastIndexOf(" (");
    int colon = what.lastIndexOf(':');
    if (open < 0 || colon < open) {
      return what;
    }
    String file = what.substring(open + 2, colon);
    return what.substring(0, open + 2) + relative(from, to, file) + what.substring(colon);
  }

  private static AppPorts rebase(AppPorts ports, Module from, Module to) {
    Map<String, List<Setting>> defaults = new LinkedHashMap<>();
    ports
        .defaults()
        .forEach(
            (application, settings) ->
                defaults.put(
                    application,
                    settings.stream()
                        .map(s -> new Setting(s.name(), s.value(), rebase(s.loc(), from, to)))
                        .toList()));
    Map<String, Map<String, Setting>> profiles = new LinkedHashMap<>();
    ports
        .profiles()
        .forEach(
            (application, byProfile) -> {
              Map<String, Setting> m = new LinkedHashMap<>();
              byProfile.forEach(
                  (profile, s) ->
                      m.put(profile, new Setting(s.name(), s.value(), rebase(s.loc(), from, to))));
              profiles.put(application, m);
            });
    return new AppPorts(defaults, profiles);
  }
}
