package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import java.util.List;

/**
 * What a Dockerfile says about the ports of its image.
 *
 * @param file the Dockerfile, relative to the module base directory
 * @param exposed every {@code EXPOSE}d port, {@code ARG}/{@code ENV} values substituted
 * @param exposeKnown false when an {@code EXPOSE} word could not be resolved to numbers
 */
public record DockerImage(String file, List<Exposed> exposed, boolean exposeKnown) {

  public DockerImage {
    exposed = List.copyOf(exposed);
  }

  /** One exposed port. */
  public record Exposed(int port, Protocol protocol, Loc loc) {}
}
