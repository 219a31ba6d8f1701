package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ImageName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out where a compose service listens, each port with its evidence: its ports and expose, the
 * listen flags of its command, the variables that set its port, the Dockerfile of its build context
 * ({@code EXPOSE} and the command's flags), or, for an image it does not build, the image's
 * documented ports or what the module's Kubernetes containers running it declare.
 */
final class ComposeListenerReader {
  private final Map<String, Map<String, ComposeService>> byFile;
  private final Map<String, DockerImage> images;
  private final Map<String, DockerImage> declaredByImage;
  private final java.util.function.Predicate<ComposeService> environmentUnknown;
  private final ModuleContext context;
  private final ProgramConfigs programs;
  private final BuiltImageNames builtImages;

  ComposeListenerReader(
      Map<String, Map<String, ComposeService>> byFile,
      Map<String, DockerImage> images,
      Map<String, DockerImage> declaredByImage,
      java.util.function.Predicate<ComposeService> environmentUnknown,
      ModuleContext context,
      ProgramConfigs programs,
      BuiltImageNames builtImages) {
    this.programs = programs;
    this.builtImages = builtImages;
    this.environmentUnknown = environmentUnknown;
    this.byFile = byFile;
    this.images = images;
    this.declaredByImage = declaredByImage;
    this.context = context;
  }

  ComposeListeners read(ComposeProject project, String service) {
    Map<Integer, Loc> container = new LinkedHashMap<>();
    Map<Integer, ComposeListeners.Published> published = new LinkedHashMap<>();
    Map<Integer, Loc> exposed = new LinkedHashMap<>();
    Map<Integer, Loc> bound = new LinkedHashMap<>();
    Optional<DockerImage> image = Optional.empty();
    Optional<Map.Entry<String, DockerImage>> built = Optional.empty();
    Set<Integer> portSide = new HashSet<>();
    List<ComposeService> parts = new ArrayList<>();
    boolean complete = withBases(project.services().getOrDefault(service, List.of()), parts, 0);
    // An env_file that was not read (not in the tree, or named by a variable) may set the port.
    complete &= parts.stream().noneMatch(environmentUnknown);
    boolean fromBuild = parts.stream().anyMatch(s -> !s.build().isEmpty());
    boolean moved = parts.stream().anyMatch(ListenerMoves::mayMovePorts);
    // A configuration mounted over the image's says where its server listens, not the image's docs.
    boolean documentedHold = !moved && parts.stream().noneMatch(ComposeService::configMounted);
    // What the services' environments tell the process to listen on, each variable as written.
    List<ListenFlags.Listen> variables = new ArrayList<>();
    for (ComposeService s : parts) {
      for (Setting p : s.ports()) {
        Optional<String> text = project.interpolate(p.value());
        Map<Integer, Loc> specs = new LinkedHashMap<>();
        if (text.isEmpty() || !PortSpecs.add(text.get(), p.loc(), specs, published)) {
          complete = false;
        }
        specs.forEach(container::putIfAbsent);
        portSide.addAll(specs.keySet());
      }
      for (Setting e : s.environment()) {
        Optional<String> v = project.interpolate(e.value());
        for (ListenFlags.Listen l :
            v.map(x -> EnvListeners.listens(e.name(), x, e.loc())).orElse(List.of())) {
          variables.add(l);
          container.putIfAbsent(l.port(), l.loc());
          bound.putIfAbsent(l.port(), l.loc());
        }
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
      Optional<String> named =
          s.image().isEmpty() ? Optional.empty() : project.interpolateImage(s.image());
      Map<String, Integer> flags =
          named.map(OfficialImages::listenerFlags).orElse(Map.<String, Integer>of());
      // An image whose listener flags are known by name: each moves its own server's port only.
      boolean byKnownFlags =
          !flags.isEmpty()
              && parts.stream()
                  .allMatch(
                      p -> !p.configMounted() && !ListenerMoves.mayMovePorts(p, flags.keySet()));
      if (!fromBuild
          && named.isPresent()
          && (documentedHold
              || byKnownFlags
              || !moved && OfficialImages.portsSetByFlagsOnly(named.get()))) {
        Optional<DockerImage> official = OfficialImages.of(named.get(), s.loc());
        if (official.isEmpty()) {
          official =
              project
                  .interpolateImage(s.image())
                  .flatMap(ImageName::parse)
                  .map(n -> declaredByImage.get(n.repository()));
        }
        if (official.isPresent()) {
          image = official;
          Set<Integer> replaced = new HashSet<>();
          parts.forEach(
              p ->
                  p.listens().stream()
                      .map(l -> flags.get(l.name()))
                      .filter(java.util.Objects::nonNull)
                      .forEach(replaced::add));
          official.get().exposed().stream()
              .filter(x -> !replaced.contains(x.port()))
              .forEach(x -> exposed.putIfAbsent(x.port(), x.loc()));
        }
      }
      Optional<DockerImage> namedAfter =
          !fromBuild && image.isEmpty() && named.isPresent()
              ? builtImages.dockerfileOf(named.get())
              : Optional.empty();
      if (namedAfter.isPresent()) {
        // The tree's own Dockerfile in the folder the image is named after builds it.
        image = namedAfter;
        complete &= namedAfter.get().exposeKnown();
        namedAfter.get().evidence().forEach(x -> exposed.putIfAbsent(x.port(), x.loc()));
        if (!moved) {
          namedAfter.get().listens().forEach(l -> exposed.putIfAbsent(l.port(), l.loc()));
        }
      }
      if (!s.build().isEmpty()) {
        Optional<DockerImage> read = image(project, s);
        if (read.isPresent()) {
          image = read;
          built =
              project
                  .interpolate(s.build())
                  .map(c -> Map.entry(ComposeModel.folderOf(s.loc().folder(), c), read.get()));
          complete &= read.get().exposeKnown();
          read.get().evidence().forEach(x -> exposed.putIfAbsent(x.port(), x.loc()));
          if (!moved) {
            read.get().listens().forEach(l -> exposed.putIfAbsent(l.port(), l.loc()));
          }
        }
      }
    }
    if (complete && image.isPresent() && image.get().documented()) {
      // An expose of a port the documented image does not serve, and nothing in the service binds,
      // is no listener (the publish rule says so at the expose): clients there reach nothing.
      Set<Integer> served = new HashSet<>(bound.keySet());
      image.get().exposed().forEach(x -> served.add(x.port()));
      exposed.keySet().retainAll(served);
    }
    // Where the nginx configurations it loads have its servers listen.
    Optional<NginxServer> server = NginxMounts.of(project, parts, built, programs.nginx());
    server.ifPresent(
        n ->
            n.listens()
                .forEach(
                    l -> {
                      container.putIfAbsent(Integer.parseInt(l.value()), l.loc());
                      bound.putIfAbsent(Integer.parseInt(l.value()), l.loc());
                    }));
    Map<Integer, Loc> movedAway = ListenerMoves.movedByCommand(parts, variables, image);
    movedAway.keySet().forEach(exposed::remove);
    Optional<Map<Integer, Loc>> kafka = kafkaListeners(project, parts);
    kafka.ifPresent(
        listed ->
            listed.forEach(
                (port, at) -> {
                  container.putIfAbsent(port, at);
                  bound.putIfAbsent(port, at);
                }));
    Map<Integer, Loc> selfChecked = ServiceListenEvidence.selfChecked(project, service, parts);
    List<SelfConsistentListeners.Named> named =
        SelfConsistentListeners.namedAfter(project, service, parts);
    boolean agreed =
        SelfConsistentListeners.agree(portSide, bound.keySet(), selfChecked.keySet(), named);
    if (agreed) {
      // The variable named after the service is then its listen variable.
      named.forEach(
          v -> {
            container.putIfAbsent(v.port(), v.loc());
            bound.putIfAbsent(v.port(), v.loc());
          });
    }
    return new ComposeListeners(
        container,
        published,
        exposed,
        image,
        complete,
        bound,
        movedAway,
        kafka.isPresent(),
        selfChecked,
        ServiceListenEvidence.serverLists(project, parts),
        parts.stream().anyMatch(s -> !s.expose().isEmpty()),
        server,
        CollectorMounts.of(project, parts, programs.collectors()),
        kafka.isPresent() ? advertisedToItself(project, parts) : Map.of(),
        agreed);
  }

  /** The Kafka broker's listeners, when the service's environment lists them all. */
  private static Optional<Map<Integer, Loc>> kafkaListeners(
      ComposeProject project, List<ComposeService> parts) {
    return KafkaListeners.of(environment(parts), image(project, parts), project::interpolate);
  }

  /** The broker's listeners that advertise a loopback address. */
  private static Map<Integer, String> advertisedToItself(
      ComposeProject project, List<ComposeService> parts) {
    return KafkaListeners.advertisedToItself(
        environment(parts), image(project, parts), project::interpolate);
  }

  private static List<Setting> environment(List<ComposeService> parts) {
    List<Setting> environment = new ArrayList<>();
    parts.forEach(s -> environment.addAll(s.environment()));
    return environment;
  }

  private static String image(ComposeProject project, List<ComposeService> parts) {
    String image = "";
    for (ComposeService s : parts) {
      if (!s.image().isEmpty()) {
        image = project.interpolateImage(s.image()).orElse("");
      }
    }
    return image;
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

  private Optional<DockerImage> image(ComposeProject project, ComposeService s) {
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
    Optional<DockerImage> read = Optional.ofNullable(known);
    if (known == null) {
      read = context.dockerfile(path);
      read.ifPresent(i -> images.put(path, i));
    }
    if (s.target().isEmpty()) {
      return read;
    }
    // build.target stops the build at that stage: its EXPOSE and command are what runs. A target
    // that names no stage here (or a variable not set) leaves the image unknown.
    Optional<String> target = project.interpolate(s.target());
    return target.isEmpty() ? Optional.empty() : read.flatMap(i -> i.stage(target.get()));
  }
}
