package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Placeholders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compose projects: the compose files of one folder are one project (a base file and its
 * overrides), interpolated with the {@code .env} beside them, with each service's listeners taken
 * from its ports, expose and the Dockerfile of its build context.
 */
public final class ComposeModel {
  private final Map<String, Project> projects = new LinkedHashMap<>();
  // Rules and the graph ask for listeners side by side: the Dockerfiles read on the way are shared.
  private final Map<String, DockerImage> images = new ConcurrentHashMap<>();
  private final Map<String, Map<String, ComposeService>> byFile = new HashMap<>();
  // Every client address, healthcheck and rule asks for a service's listeners: worked out once.
  private final Map<String, Map<String, ComposeListeners>> listeners = new ConcurrentHashMap<>();
  private final ModuleContext context;
  // What the module's Kubernetes containers declare for each image they run, by repository.
  private final Map<String, DockerImage> declaredByImage = new HashMap<>();

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
    this.context = context;
    indexDeclaredPorts(workloads);
    images.forEach(i -> this.images.put(i.file(), i));
    Map<String, Map<String, String>> env = new HashMap<>();
    Map<String, Map<String, Loc>> defined = new HashMap<>();
    for (Setting s : dotenv) {
      env.computeIfAbsent(s.loc().folder(), f -> new HashMap<>()).put(s.name(), s.value());
      defined.computeIfAbsent(s.loc().folder(), f -> new TreeMap<>()).put(s.name(), s.loc());
    }
    for (ComposeService s : services) {
      byFile.computeIfAbsent(s.loc().file(), f -> new HashMap<>()).put(s.name(), s);
    }
    for (ComposeService s : services) {
      String folder = s.loc().folder();
      String name = projectName(s.loc().file(), folder, env.getOrDefault(folder, Map.of()));
      projects
          .computeIfAbsent(
              folder + "#" + name,
              k ->
                  new Project(
                      folder,
                      name,
                      env.getOrDefault(folder, Map.of()),
                      defined.getOrDefault(folder, Map.of()),
                      new LinkedHashMap<>()))
          .services()
          .computeIfAbsent(s.name(), n -> new ArrayList<>())
          .add(s);
    }
  }

  /**
   * Which project of its folder a compose file belongs to, as {@code docker compose} assembles
   * them: the files the folder's {@code .env} names in {@code COMPOSE_FILE}, else the default file
   * and its override ({@code compose.yaml} + {@code compose.override.yaml}, or the {@code
   * docker-compose.*} spellings) form the folder's default project, named "". Any other file is an
   * alternative that runs on its own ({@code docker-compose.images.yml}), named by its file, unless
   * it only adds to services of the default project without naming their image (a dev file that
   * adds a build or a publish), an override meant for {@code -f base -f override}, which joins the
   * default project.
   */
  private String projectName(String file, String folder, Map<String, String> env) {
    String fileName = file.substring(file.lastIndexOf('/') + 1);
    String chosen = env.get("COMPOSE_FILE");
    if (chosen != null && !chosen.isBlank()) {
      // The .env names the project's files: those form the default project, any other is its own.
      String separator = env.getOrDefault("COMPOSE_PATH_SEPARATOR", ":");
      for (String f : chosen.split(java.util.regex.Pattern.quote(separator))) {
        String named = f.trim();
        if (named.equals(fileName) || named.equals("./" + fileName)) {
          return "";
        }
      }
      return fileName;
    }
    if (DEFAULT_FILES.contains(fileName)) {
      return "";
    }
    Set<String> defaultServices = new HashSet<>();
    for (String base : DEFAULT_FILES) {
      defaultServices.addAll(
          byFile.getOrDefault(folder.isEmpty() ? base : folder + "/" + base, Map.of()).keySet());
    }
    Map<String, ComposeService> own = byFile.getOrDefault(file, Map.of());
    boolean override =
        !defaultServices.isEmpty()
            && own.values().stream()
                .allMatch(
                    s ->
                        defaultServices.contains(s.name())
                            && s.image().isEmpty()
                            && s.extendsService().isEmpty());
    return override ? "" : fileName;
  }

  private static final List<String> DEFAULT_FILES =
      List.of(
          "compose.yaml",
          "compose.yml",
          "docker-compose.yaml",
          "docker-compose.yml",
          "compose.override.yaml",
          "compose.override.yml",
          "docker-compose.override.yaml",
          "docker-compose.override.yml");

  /**
   * The ports the module's Kubernetes manifests declare for each image, as evidence of what a
   * compose service running the same image (any tag) listens on: the project's own word on an image
   * that no Dockerfile here builds.
   */
  private void indexDeclaredPorts(List<Workload> workloads) {
    Map<String, List<DockerImage.Exposed>> ports = new HashMap<>();
    for (Workload w : workloads) {
      for (Workload.Container c : w.containers()) {
        if (c.image().isEmpty() || !c.portsKnown() || c.ports().isEmpty()) {
          continue;
        }
        ImageName.parse(c.image())
            .ifPresent(
                name -> {
                  List<DockerImage.Exposed> known =
                      ports.computeIfAbsent(name.repository(), k -> new ArrayList<>());
                  for (Workload.ContainerPort p : c.ports()) {
                    if (known.stream().noneMatch(x -> x.port() == p.number())) {
                      known.add(new DockerImage.Exposed(p.number(), p.protocol(), p.loc()));
                    }
                  }
                });
      }
    }
    ports.forEach(
        (repository, exposed) ->
            declaredByImage.put(
                repository,
                new DockerImage("containerPort of image " + repository, exposed, true)));
  }

  public List<Project> projects() {
    return List.copyOf(projects.values());
  }

  /** One service of one project. */
  public record ServiceRef(Project project, String service) {}

  /**
   * The services that run the module's application: their build context is the module's own folder,
   * or, without a build, their image is one the module's build names.
   */
  public List<ServiceRef> runningModule() {
    List<ServiceRef> out = new ArrayList<>();
    for (Project p : projects.values()) {
      for (Map.Entry<String, List<ComposeService>> e : p.services().entrySet()) {
        boolean ours =
            e.getValue().stream()
                .anyMatch(
                    s ->
                        !s.build().isEmpty()
                            && p.interpolate(s.build())
                                .filter(c -> !c.contains("://"))
                                .map(c -> context.isModule(folderOf(p, c)))
                                .orElse(false));
        if (ours || runsModuleImage(p, e.getValue())) {
          out.add(new ServiceRef(p, e.getKey()));
        }
      }
    }
    return out;
  }

  /** True when no definition builds and the image (the last one written) is the module's. */
  private boolean runsModuleImage(Project p, List<ComposeService> definitions) {
    String image = "";
    for (ComposeService s : definitions) {
      if (!s.build().isEmpty()) {
        return false;
      }
      image = s.image().isEmpty() ? image : s.image();
    }
    return !image.isEmpty() && p.interpolate(image).map(context::runsModule).orElse(false);
  }

  /** True when the service runs an image it does not build (no definition has a build). */
  public static boolean imageOnly(List<ComposeService> definitions) {
    return definitions.stream().allMatch(s -> s.build().isEmpty());
  }

  /** The services of that name, in every project. */
  public List<ServiceRef> named(String name) {
    List<ServiceRef> out = new ArrayList<>();
    for (Project p : projects.values()) {
      if (p.services().containsKey(name)) {
        out.add(new ServiceRef(p, name));
      }
    }
    return out;
  }

  private static String folderOf(Project project, String context) {
    return Path.of(project.folder().isEmpty() ? "." : project.folder(), context)
        .normalize()
        .toString()
        .replace('\\', '/');
  }

  /**
   * The compose files of one folder that compose runs together.
   *
   * @param name "" for the folder's default project, otherwise the alternative file that forms it
   * @param env the {@code .env} beside them, for interpolation
   * @param defined where each {@code .env} variable is defined
   * @param services each service's definitions, one per file that defines it
   */
  public record Project(
      String folder,
      String name,
      Map<String, String> env,
      Map<String, Loc> defined,
      Map<String, List<ComposeService>> services) {

    /**
     * Where the {@code .env} variables {@code value} uses are defined: {@code " (.env:11)"}, or
     * nothing when it uses none of them. A message shows the use and links the definition.
     */
    public String definitionsOf(String value) {
      if (value.indexOf('$') < 0) {
        return "";
      }
      StringBuilder out = new StringBuilder();
      defined.forEach(
          (name, loc) -> {
            if (value.contains("${" + name + "}")
                || value.contains("${" + name + ":")
                || value.contains("${" + name + "-")
                || value.contains("$" + name)) {
              out.append(out.length() == 0 ? " (" : ", ").append(name).append(" at ").append(loc);
            }
          });
      return out.length() == 0 ? "" : out.append(')').toString();
    }

    /** The folder and, for an alternative project, its file: unique among the projects. */
    public String id() {
      return name.isEmpty() ? folder : folder + "#" + name;
    }

    /** {@code value} interpolated; empty when a variable has neither a value nor a default. */
    public Optional<String> interpolate(String value) {
      if (value.indexOf('$') < 0) {
        return Optional.of(value); // nothing to interpolate, which is most values
      }
      Placeholders.Expanded e = Placeholders.expand(value, true, env::get);
      return e.unresolved() ? Optional.empty() : Optional.of(e.text());
    }

    /** The service a host name means in this project: a service name or one of its aliases. */
    public Optional<String> serviceFor(String host) {
      if (services.containsKey(host)) {
        return Optional.of(host);
      }
      for (Map.Entry<String, List<ComposeService>> e : services.entrySet()) {
        for (ComposeService s : e.getValue()) {
          if (s.aliases().contains(host)) {
            return Optional.of(e.getKey());
          }
        }
      }
      return Optional.empty();
    }
  }

  public ComposeListeners listeners(Project project, String service) {
    Map<String, ComposeListeners> known =
        listeners.computeIfAbsent(project.id(), f -> new ConcurrentHashMap<>());
    ComposeListeners l = known.get(service);
    if (l == null) {
      l = workOutListeners(project, service);
      known.putIfAbsent(service, l);
    }
    return l;
  }

  private ComposeListeners workOutListeners(Project project, String service) {
    Map<Integer, Loc> container = new LinkedHashMap<>();
    Map<Integer, ComposeListeners.Published> published = new LinkedHashMap<>();
    Map<Integer, Loc> exposed = new LinkedHashMap<>();
    Map<Integer, Loc> bound = new LinkedHashMap<>();
    Optional<DockerImage> image = Optional.empty();
    List<ComposeService> parts = new ArrayList<>();
    boolean complete = withBases(project.services().getOrDefault(service, List.of()), parts, 0);
    boolean fromBuild = parts.stream().anyMatch(s -> !s.build().isEmpty());
    boolean moved = parts.stream().anyMatch(ComposeModel::mayMovePorts);
    for (ComposeService s : parts) {
      for (Setting p : s.ports()) {
        Optional<String> text = project.interpolate(p.value());
        if (text.isEmpty() || !PortSpecs.add(text.get(), p.loc(), container, published)) {
          complete = false;
        }
      }
      for (Setting e : s.environment()) {
        project
            .interpolate(e.value())
            .ifPresent(
                v ->
                    EnvListeners.ports(e.name(), v)
                        .forEach(
                            p -> {
                              container.putIfAbsent(p, e.loc());
                              bound.putIfAbsent(p, e.loc());
                            }));
      }
      for (ListenFlags.Listen l : s.listens()) {
        container.putIfAbsent(l.port(), l.loc());
        bound.putIfAbsent(l.port(), l.loc());
      }
      for (Setting e : s.expose()) {
        Optional<String> text = project.interpolate(e.value());
        if (text.isEmpty() || !PortSpecs.add(text.get(), e.loc(), exposed, new HashMap<>())) {
          complete = false;
        }
      }
      if (!fromBuild && !moved && !s.image().isEmpty()) {
        Optional<DockerImage> official =
            project.interpolate(s.image()).flatMap(i -> OfficialImages.of(i, s.loc()));
        if (official.isEmpty()) {
          official =
              project
                  .interpolate(s.image())
                  .flatMap(ImageName::parse)
                  .map(n -> declaredByImage.get(n.repository()));
        }
        if (official.isPresent()) {
          image = official;
          official.get().exposed().forEach(x -> exposed.putIfAbsent(x.port(), x.loc()));
        }
      }
      if (!s.build().isEmpty()) {
        Optional<DockerImage> built = image(project, s);
        if (built.isPresent()) {
          image = built;
          complete &= built.get().exposeKnown();
          built.get().exposed().forEach(x -> exposed.putIfAbsent(x.port(), x.loc()));
          if (!moved) {
            built.get().listens().forEach(l -> exposed.putIfAbsent(l.port(), l.loc()));
          }
        }
      }
    }
    return new ComposeListeners(container, published, exposed, image, complete, bound);
  }

  /**
   * {@code defined} and, before each, the services it {@code extends} (file and service), so the
   * base's ports and image count; false when a base is not among the compose files read.
   */
  private boolean withBases(List<ComposeService> defined, List<ComposeService> into, int depth) {
    boolean found = true;
    for (ComposeService s : defined) {
      if (!s.extendsService().isEmpty()) {
        String file =
            s.extendsFile().isEmpty()
                ? s.loc().file()
                : Path.of(s.loc().folder().isEmpty() ? "." : s.loc().folder(), s.extendsFile())
                    .normalize()
                    .toString()
                    .replace('\\', '/');
        ComposeService base = byFile.getOrDefault(file, Map.of()).get(s.extendsService());
        if (base == null || depth > 8) {
          found = false;
        } else {
          found &= withBases(List.of(base), into, depth + 1);
        }
      }
      into.add(s);
    }
    return found;
  }

  /** A command, an entrypoint or a port variable may make an image listen elsewhere. */
  private static boolean mayMovePorts(ComposeService s) {
    if (s.commandSet()) {
      return true;
    }
    for (Setting e : s.environment()) {
      if (containsIgnoreCase(e.name(), "PORT")) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoreCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private Optional<DockerImage> image(Project project, ComposeService s) {
    Optional<String> folder = project.interpolate(s.build());
    Optional<String> file =
        s.dockerfile().isEmpty() ? Optional.of("Dockerfile") : project.interpolate(s.dockerfile());
    if (folder.isEmpty() || file.isEmpty() || folder.get().contains("://")) {
      return Optional.empty();
    }
    String path =
        Path.of(s.loc().folder().isEmpty() ? "." : s.loc().folder(), folder.get(), file.get())
            .normalize()
            .toString()
            .replace('\\', '/');
    if (path.startsWith("/")) {
      return Optional.empty();
    }
    DockerImage known = images.get(path);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<DockerImage> read = context.dockerfile(path);
    read.ifPresent(i -> images.put(path, i));
    return read;
  }
}
