package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ImageName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tree's own Dockerfile that builds an image a service runs by name only: the one {@code
 * Dockerfile} in a folder named as the image's last path segment ({@code
 * ghcr.io/openzipkin/zipkin-rabbitmq} and {@code docker/test-images/zipkin-rabbitmq/Dockerfile}).
 * Repositories that publish their images run them so in their compose examples. Built once from the
 * Dockerfiles the scan read, so the answer does not depend on what was read since.
 */
final class BuiltImageNames {
  private final Map<String, DockerImage> byFolder = new HashMap<>();

  BuiltImageNames(List<DockerImage> scanned) {
    Set<String> twice = new HashSet<>();
    for (DockerImage d : scanned) {
      String file = d.file();
      if (d.documented() || !file.endsWith("/Dockerfile")) {
        continue;
      }
      String folder = file.substring(0, file.length() - "/Dockerfile".length());
      String name = folder.substring(folder.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      if (byFolder.putIfAbsent(name, d) != null) {
        twice.add(name);
      }
    }
    byFolder.keySet().removeAll(twice);
  }

  /**
   * The Dockerfile that builds {@code image}; empty when no folder, or more than one, is named so.
   */
  Optional<DockerImage> dockerfileOf(String image) {
    if (byFolder.isEmpty()) {
      return Optional.empty();
    }
    return ImageName.parse(image)
        .map(ImageName::repository)
        .map(r -> byFolder.get(r.substring(r.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)));
  }
}
