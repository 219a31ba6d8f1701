package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ImageName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The images the tree's compose projects build and tag ({@code build: ./cart} with {@code image:
 * shop/cart}), by repository, with what their Dockerfiles say of where they listen: the project's
 * own word on an image that its Kubernetes manifests run too.
 */
public final class BuiltImages {
  /** One built image: the Dockerfile's evidence and the compose service that builds it. */
  public record Built(DockerImage image, Set<Integer> ports, String service, Loc builtAt) {}

  private final Map<String, Built> byRepository = new HashMap<>();

  private BuiltImages() {}

  /** The built images of {@code compose}; a repository two Dockerfiles build is left out. */
  public static BuiltImages of(ComposeModel compose) {
    BuiltImages out = new BuiltImages();
    Set<String> ambiguous = new HashSet<>();
    for (ComposeProject project : compose.projects()) {
      for (Map.Entry<String, List<ComposeService>> e : project.services().entrySet()) {
        for (ComposeService s : e.getValue()) {
          if (s.build().isEmpty() || s.image().isEmpty()) {
            continue;
          }
          Optional<String> repository =
              project
                  .interpolateImage(s.image())
                  .flatMap(ImageName::parse)
                  .map(ImageName::repository);
          Optional<DockerImage> image = compose.listeners(project, e.getKey()).image();
          if (repository.isEmpty()
              || image.isEmpty()
              || image.get().file().startsWith(DockerImage.DOCUMENTED)) {
            continue;
          }
          Set<Integer> ports = new TreeSet<>();
          image.get().exposed().forEach(x -> ports.add(x.port()));
          image.get().listens().forEach(l -> ports.add(l.port()));
          image.get().healthchecked().forEach(x -> ports.add(x.port()));
          Built built = new Built(image.get(), ports, e.getKey(), s.loc());
          Built before = out.byRepository.putIfAbsent(repository.get(), built);
          if (before != null && !before.image().file().equals(built.image().file())) {
            ambiguous.add(repository.get());
          }
        }
      }
    }
    ambiguous.forEach(out.byRepository::remove);
    return out;
  }

  /** The image built here that {@code reference} (any tag) runs, if one is. */
  public Optional<Built> of(String reference) {
    return ImageName.parse(reference).map(n -> byRepository.get(n.repository()));
  }

  /**
   * True when nothing in {@code c} may move where its image listens: no {@code envFrom}, no command
   * or args that name a port or profile, no listen flag, and no variable that names a port or a
   * listen address, nor one the image's launch reads ({@code $JAVA_OPTS}).
   */
  public static boolean runsAsBuilt(Workload.Container c, DockerImage image) {
    if (c.launchOpen() || !c.envFrom().isEmpty() || !c.listens().isEmpty()) {
      return false;
    }
    Set<String> names = new HashSet<>();
    for (Setting e : c.env()) {
      if (ListenVariableNames.namesAPort(e.name())
          || ListenVariableNames.namesAListenAddress(e.name())) {
        return false;
      }
      names.add(e.name());
    }
    return !image.launchOpenWith(names);
  }
}
