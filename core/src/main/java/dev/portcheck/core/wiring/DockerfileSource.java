package dev.portcheck.core.wiring;

import java.util.Optional;

/**
 * Reads a Dockerfile that no scanned file holds, such as the one of a compose build context that
 * belongs to another module of the reactor.
 */
@FunctionalInterface
public interface DockerfileSource {
  DockerfileSource NONE = path -> Optional.empty();

  /** The image facts of the Dockerfile at {@code path} (relative to the module), if it exists. */
  Optional<DockerImage> read(String path);
}
