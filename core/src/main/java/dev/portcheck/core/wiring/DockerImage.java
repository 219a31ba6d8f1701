package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a Dockerfile says about the ports of its image.
 *
 * @param file the Dockerfile, relative to the module base directory
 * @param exposed every {@code EXPOSE}d port, {@code ARG}/{@code ENV} values substituted
 * @param exposeKnown false when an {@code EXPOSE} word could not be resolved to numbers
 * @param listens the ports the final stage's {@code CMD} or {@code ENTRYPOINT} binds by its flags
 *     ({@code gunicorn -b 0.0.0.0:80}); positive evidence, stronger than {@code EXPOSE}
 * @param launchOpen true when the final stage's command or a variable may set the application's
 *     port or profiles ({@code ENV SERVER_PORT}, {@code -Dspring.profiles.active=docker})
 * @param stages the Dockerfile's named build stages, by lower-case name, each read as if it were
 *     the final one: what a compose {@code build.target} builds
 * @param healthchecked the ports the stage's {@code HEALTHCHECK} calls on the container itself
 *     ({@code curl -f http://localhost:8080/health}): positive evidence that it listens there
 * @param dials the addresses the final stage's {@code CMD} or {@code ENTRYPOINT} hands its process
 *     ({@code ./wait-for-it.sh db:5432}), which it dials where no compose {@code command} replaces
 *     them
 * @param launchVariables where only variables the Dockerfile does not set leave the launch open
 *     ({@code java $JAVA_OPTS -jar app.jar}), their names: a container whose environment sets none
 *     of them launches as written; empty when something else leaves it open
 * @param copied the files the final stage copies from the build context over configuration (an
 *     nginx {@code default.conf} to {@code /etc/nginx/conf.d/}), each named by its destination and
 *     valued by its source, relative to the context
 */
public record DockerImage(
    String file,
    List<Exposed> exposed,
    boolean exposeKnown,
    List<ListenFlags.Listen> listens,
    boolean launchOpen,
    Map<String, DockerImage> stages,
    List<Exposed> healthchecked,
    List<Setting> dials,
    List<String> launchVariables,
    List<Setting> copied) {

  public DockerImage {
    copied = List.copyOf(copied);
    launchVariables = List.copyOf(launchVariables);
    exposed = List.copyOf(exposed);
    dials = List.copyOf(dials);
    listens = List.copyOf(listens);
    stages = Map.copyOf(stages);
    healthchecked = List.copyOf(healthchecked);
  }

  /** An image without named stages. */
  public DockerImage(
      String file,
      List<Exposed> exposed,
      boolean exposeKnown,
      List<ListenFlags.Listen> listens,
      boolean launchOpen) {
    this(
        file,
        exposed,
        exposeKnown,
        listens,
        launchOpen,
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * True when the launch may set the application's port or profiles in a container whose
   * environment sets the variables {@code set}: open, unless only variables none of which it sets
   * left it so.
   */
  public boolean launchOpenWith(java.util.Set<String> set) {
    return launchOpen
        && (launchVariables.isEmpty() || launchVariables.stream().anyMatch(set::contains));
  }

  /**
   * What the image says of where it listens: its {@code EXPOSE}s, then the ports its own {@code
   * HEALTHCHECK} calls on itself that it does not expose.
   */
  public List<Exposed> evidence() {
    List<Exposed> checked = checkedOnly();
    if (checked.isEmpty()) {
      return exposed;
    }
    List<Exposed> all = new java.util.ArrayList<>(exposed);
    all.addAll(checked);
    return List.copyOf(all);
  }

  /** The ports the image's HEALTHCHECK calls on itself and does not {@code EXPOSE}. */
  public List<Exposed> checkedOnly() {
    return healthchecked.stream()
        .filter(h -> exposed.stream().noneMatch(x -> x.port() == h.port()))
        .toList();
  }

  /**
   * The image a build that stops at {@code target} makes: that named stage, as Docker matches names
   * (in any case); empty when no stage has that name (nothing is known of what it runs then).
   */
  public Optional<DockerImage> stage(String target) {
    return Optional.ofNullable(stages.get(target.toLowerCase(Locale.ROOT)));
  }

  /** The file name of an image known from portcheck's table of documented images. */
  static final String DOCUMENTED = "image ";

  /** True for an image known from its documentation (postgres listens on 5432), not a file. */
  public boolean documented() {
    return file.startsWith(DOCUMENTED);
  }

  /** An image known by what it exposes only. */
  public DockerImage(String file, List<Exposed> exposed, boolean exposeKnown) {
    this(file, exposed, exposeKnown, List.of(), false);
  }

  /** One exposed port. */
  public record Exposed(int port, Protocol protocol, Loc loc) {}
}
