package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import java.util.List;

/**
 * What a Dockerfile says about the ports of its image.
 *
 * @param file the Dockerfile, relative to the module base directory
 * @param exposed every {@code EXPOSE}d port, {@code ARG}/{@code ENV} values substituted
 * @param exposeKnown false when an {@code EXPOSE} word could not be resolved to numbers
 * @param listens the ports the final stage's {@code CMD} or {@code ENTRYPOINT} binds by its flags
 *     ({@code gunicorn -b 0.0.0.0:80}); positive evidence, stronger than {@code EXPOSE}
 */
public record DockerImage(
    String file, List<Exposed> exposed, boolean exposeKnown, List<ListenFlags.Listen> listens) {

  public DockerImage {
    exposed = List.copyOf(exposed);
    listens = List.copyOf(listens);
  }

  /** An image known by what it exposes only. */
  public DockerImage(String file, List<Exposed> exposed, boolean exposeKnown) {
    this(file, exposed, exposeKnown, List.of());
  }

  /** One exposed port. */
  public record Exposed(int port, Protocol protocol, Loc loc) {}
}
