package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Placeholders;
import dev.portcheck.core.model.ImageName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compose projects: the compose files of one folder are one project (a base file and its
 * overrides), interpolated with the {@code .env} beside them, with each service's listeners taken
 * from its ports, expose and the Dockerfile of its build context.
 */
public final class ComposeModel {
  private final Map<String, ComposeProject> projects = new LinkedHashMap<>();
  // Rules and the graph ask for listeners side by side: the Dockerfiles read on the way are shared.
  private final Map<String, DockerImage> images = new ConcurrentHashMap<>();
  private final Map<String, Map<String, ComposeService>> byFile = new HashMap<>();
  // Each compose file's project (its first, should two share it), asked once per value that uses
  // a variable.
  private final Map<String, ComposeProject> projectByFile = new HashMap<>();
  // The services that bind-mount each host path (a file or a folder), resolved once.
  private final Map<String, List<ServiceRef>> mountedBy = new HashMap<>();
  // Every client address, healthcheck and rule asks for a service's listeners: worked out once.
  private final Map<String, Map<String, ComposeListeners>> listeners = new ConcurrentHashMap<>();
  private final ModuleContext context;
  // The module's nginx and collector configurations, by file: what services mount or copy.
  private final ProgramConfigs programs;
  // The scanned Dockerfiles by the folder they stand in, for images run by name only.
  private final BuiltImageNames builtImages;
  // What the module's Kubernetes containers declare for each image they run, by repository.
  private final Map<String, DockerImage> declaredByImage = new HashMap<>();
  // Services (file#name) loading an env_file portcheck did not read: their environment is unknown.
  private final java.util.Set<String> environmentUnknown = new java.util.HashSet<>();

  ComposeModel(
      List<ComposeService> services,
      List<DockerImage> images,
      List<Setting> dotenv,
      ModuleContext context) {
    this(services, images, dotenv, context, List.of());
  }

  ComposeModel(
      List<ComposeService> services,
      List<DockerImage> images,
      List<Setting> dotenv,
      ModuleContext context,
      List<Workload> workloads) {
    this(services, images, dotenv, context, workloads, List.of(), List.of(), ProgramConfigs.NONE);
  }

  /**
   * @param includes the files compose files name in their top-level {@code include:}: their
   *     services join the project of the file that includes them
   * @param envFilesRead the env files read, also those that set nothing ({@code dotenv} holds the
   *     variables of the others)
   * @param programs the module's nginx and collector configurations
   */
  ComposeModel(
      List<ComposeService> services,
      List<DockerImage> images,
      List<Setting> dotenv,
      ModuleContext context,
      List<Workload> workloads,
      List<Setting> includes,
      List<String> envFilesRead,
      ProgramConfigs programs) {
    this.context = context;
    this.programs = programs;
    this.declaredByImage.putAll(DeclaredImagePorts.of(workloads));
    images.forEach(i -> this.images.put(i.file(), i));
    this.builtImages = new BuiltImageNames(images);
    Map<String, Map<String, String>> env = new HashMap<>();
    Map<String, Map<String, Loc>> defined = new HashMap<>();
    Map<String, List<Setting>> envFiles = new HashMap<>();
    envFilesRead.forEach(f -> envFiles.put(f, new ArrayList<>()));
    for (Setting s : dotenv) {
      envFiles.computeIfAbsent(s.loc().file(), f -> new ArrayList<>()).add(s);
      if (!s.loc().file().equals(".env") && !s.loc().file().endsWith("/.env")) {
        continue; // only the .env beside the compose files feeds interpolation
      }
      env.computeIfAbsent(s.loc().folder(), f -> new HashMap<>()).put(s.name(), s.value());
      defined.computeIfAbsent(s.loc().folder(), f -> new TreeMap<>()).put(s.name(), s.loc());
    }
    // An env file a service loads that the scan left out (a hidden folder, another name) is read
    // here, for its clients; one that sets a listener stays unread, so the service stays unjudged.
    for (ComposeService s : services) {
      Map<String, String> vars = env.getOrDefault(s.loc().folder(), Map.of());
      for (Setting ref : s.envFiles()) {
        String path = EnvFiles.resolve(s.loc().folder(), ref.value(), vars);
        if (!path.isEmpty() && !envFiles.containsKey(path)) {
          context
              .envFile(path)
              .filter(EnvFiles::setsNoListener)
              .ifPresent(v -> envFiles.put(path, v));
        }
      }
    }
    List<ComposeService> loaded = new ArrayList<>();
    for (ComposeService s : services) {
      // Compose interpolates an env_file path with the project's .env, as any other value.
      Map<String, String> vars = env.getOrDefault(s.loc().folder(), Map.of());
      loaded.add(s.withLoaded(EnvFiles.loaded(s, envFiles, vars)));
      if (!EnvFiles.allRead(s, envFiles, vars)) {
        environmentUnknown.add(s.loc().file() + "#" + s.name());
      }
    }
    for (ComposeService s : loaded) {
      byFile.computeIfAbsent(s.loc().file(), f -> new HashMap<>()).put(s.name(), s);
    }
    Map<String, String> includedBy = ComposeProjects.includedBy(includes);
    for (ComposeService s : loaded) {
      String file = ComposeProjects.includingFile(s.loc().file(), includedBy);
      String own = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
      String ownName =
          ComposeProjects.projectName(file, own, env.getOrDefault(own, Map.of()), byFile);
      Optional<String> overridden =
          ownName.isEmpty()
              ? Optional.empty()
              : ComposeProjects.overriddenFolder(file, own, byFile);
      String folder = overridden.orElse(own);
      String name = overridden.isPresent() ? "" : ownName;
      ComposeProject project =
          projects.computeIfAbsent(
              folder + "#" + name,
              k ->
                  new ComposeProject(
                      folder,
                      name,
                      env.getOrDefault(folder, Map.of()),
                      defined.getOrDefault(folder, Map.of()),
                      new LinkedHashMap<>()));
      project.services().computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s);
      projectByFile.putIfAbsent(s.loc().file(), project);
      for (Setting m : s.mounts()) {
        // A path a variable names (${OTEL_COLLECTOR_CONFIG}) takes the project's .env.
        String host = EnvFiles.resolve(s.loc().folder(), m.value(), project.env());
        // The project's own folder mounted whole (./:/app) is source code, not a config.
        boolean whole = s.loc().folder().equals(host) || s.loc().folder().startsWith(host + "/");
        if (!host.isEmpty() && !whole) {
          List<ServiceRef> refs = mountedBy.computeIfAbsent(host, h -> new ArrayList<>());
          ServiceRef ref = new ServiceRef(project, s.name());
          if (!refs.contains(ref)) {
            refs.add(ref);
          }
        }
      }
    }
  }

  /**
   * {@code value} interpolated as compose does with {@code env} (a {@code .env}'s variables) and
   * the defaults it writes; empty when a variable has neither a value nor a default.
   */
  static Optional<String> interpolate(String value, Map<String, String> env) {
    if (value.indexOf('$') < 0) {
      return Optional.of(value); // nothing to interpolate, which is most values
    }
    Placeholders.Expanded e = Placeholders.expand(value, Placeholders.Syntax.COMPOSE, env::get);
    return e.unresolved() ? Optional.empty() : Optional.of(e.text());
  }

  /** The project whose services a compose file defines: the {@code .env} that interpolates it. */
  public Optional<ComposeProject> projectOf(String file) {
    return Optional.ofNullable(projectByFile.get(file));
  }

  public List<ComposeProject> projects() {
    return List.copyOf(projects.values());
  }

  /** One service of one project. */
  public record ServiceRef(ComposeProject project, String service) {}

  /**
   * The services that run the module's application: their build context is the module's own folder,
   * or, without a build, their image is one the module's build names.
   */
  public List<ServiceRef> runningModule() {
    return runs().runningModule(context);
  }

  /**
   * The services that run the application of {@code folder}, a folder of the module that is no
   * module of its own (a Gradle subproject, or a tree without poms): those that build it, or that
   * build nothing and run an image named after it.
   */
  public List<ServiceRef> running(String folder) {
    return runs().running(folder);
  }

  // Built on first use: every application file asks who runs it, so one pass over the services.
  private ServiceRuns runs;

  private synchronized ServiceRuns runs() {
    if (runs == null) {
      runs = ServiceRuns.of(projects.values());
    }
    return runs;
  }

  /** True when the service runs an image it does not build (no definition has a build). */
  public static boolean imageOnly(List<ComposeService> definitions) {
    return definitions.stream().allMatch(s -> s.build().isEmpty());
  }

  /** The services of that name, in every project. */
  /**
   * The services that bind-mount {@code file}, or a folder holding it (a Prometheus or Grafana
   * configuration mounted into its container): the file is theirs to read, its addresses theirs to
   * dial.
   */
  public List<ServiceRef> mountersOf(String file) {
    List<ServiceRef> out = new ArrayList<>();
    if (mountedBy.isEmpty()) {
      return out;
    }
    // The file itself, then each folder above it.
    for (String path = file; !path.isEmpty(); ) {
      for (ServiceRef ref : mountedBy.getOrDefault(path, List.of())) {
        if (!out.contains(ref)) {
          out.add(ref);
        }
      }
      int slash = path.lastIndexOf('/');
      path = slash < 0 ? "" : path.substring(0, slash);
    }
    return out;
  }

  public List<ServiceRef> named(String name) {
    List<ServiceRef> out = new ArrayList<>();
    for (ComposeProject p : projects.values()) {
      if (p.services().containsKey(name)) {
        out.add(new ServiceRef(p, name));
      }
    }
    return out;
  }

  /** A build context relative to the folder of the file that writes it (an included file's own). */
  static String folderOf(String folder, String context) {
    return Path.of(folder.isEmpty() ? "." : folder, context)
        .normalize()
        .toString()
        .replace('\\', '/');
  }

  /**
   * The service a container of {@code from} reaches at {@code host} ({@link ComposeDns}): one of
   * its own project, one it links to, or one of another project of the folder on the same network.
   */
  public Optional<ServiceRef> dialed(ComposeProject from, String host) {
    return ComposeDns.dialed(projects.values(), from, host);
  }

  /**
   * The HTTP healthchecks compose services that run {@code image} as built make to themselves: port
   * and path, each located.
   */
  public List<ImageHealthChecks.Call> healthChecksOf(ImageName image) {
    return ImageHealthChecks.of(this, image);
  }

  public ComposeListeners listeners(ComposeProject project, String service) {
    Map<String, ComposeListeners> known =
        listeners.computeIfAbsent(project.id(), f -> new ConcurrentHashMap<>());
    ComposeListeners l = known.get(service);
    if (l == null) {
      l =
          new ComposeListenerReader(
                  byFile,
                  images,
                  declaredByImage,
                  s -> environmentUnknown.contains(s.loc().file() + "#" + s.name()),
                  context,
                  programs,
                  builtImages)
              .read(project, service);
      known.putIfAbsent(service, l);
    }
    return l;
  }

  /**
   * The settings that hand {@code service}'s process an address: each definition's environment and
   * command, then, where no definition sets a {@code command} or {@code entrypoint}, the {@code
   * CMD}/{@code ENTRYPOINT} addresses of the image it builds, which then start the container.
   */
  public List<Setting> calls(ComposeProject project, String service) {
    List<Setting> out = new ArrayList<>();
    project.services().getOrDefault(service, List.of()).forEach(s -> out.addAll(s.calls()));
    out.addAll(imageDials(project, service));
    // The proxies of the nginx it loads, the exporters of its collector.
    if (!programs.nginx().isEmpty() || !programs.collectors().isEmpty()) {
      ComposeListeners l = listeners(project, service);
      l.nginx().ifPresent(n -> out.addAll(n.dials()));
      l.collector().ifPresent(c -> out.addAll(c.dials()));
    }
    return out;
  }

  /**
   * The addresses the {@code CMD}/{@code ENTRYPOINT} of the image {@code service} builds hands its
   * process; none where a definition sets a {@code command} or {@code entrypoint}, which replace
   * them.
   */
  public List<Setting> imageDials(ComposeProject project, String service) {
    if (project.services().getOrDefault(service, List.of()).stream()
        .anyMatch(ComposeService::commandSet)) {
      return List.of();
    }
    return listeners(project, service).image().map(DockerImage::dials).orElse(List.of());
  }
}
