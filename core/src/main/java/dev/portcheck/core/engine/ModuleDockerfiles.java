package dev.portcheck.core.engine;

import dev.portcheck.core.wiring.DockerImage;
import dev.portcheck.core.wiring.DockerfileReader;
import dev.portcheck.core.wiring.DockerfileSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the Dockerfile of a compose build context that the scan did not cover, such as one in the
 * folder of another module of the reactor: a compose service runs the image built there, so its
 * {@code EXPOSE} says where the service listens. Only files below the module base directory, and
 * small ones.
 */
final class ModuleDockerfiles implements DockerfileSource {
  private static final long MAX_BYTES = 256 * 1024;

  private final Path baseDir;
  private final Charset charset;

  ModuleDockerfiles(Path baseDir, Charset charset) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.charset = charset;
  }

  @Override
  public Optional<DockerImage> read(String path) {
    Path file = baseDir.resolve(path).normalize();
    try {
      if (!file.startsWith(baseDir) || !Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      return Optional.of(DockerfileReader.read(path, Files.readString(file, charset)));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty(); // an unreadable Dockerfile leaves the service's ports unknown
    }
  }
}
