package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which OpenTelemetry Collector configurations of the module a compose service loads: those it
 * bind-mounts, where its command names the file ({@code --config}) or at the image's default {@code
 * config.yaml}.
 */
final class CollectorMounts {
  private CollectorMounts() {}

  /**
   * The service's collector, empty when it loads no configuration read here.
   *
   * @param parts the service's definitions, its bases included
   */
  static Optional<CollectorServer> of(
      ComposeProject project, List<ComposeService> parts, Map<String, CollectorConfig> byFile) {
    if (byFile.isEmpty()) {
      return Optional.empty();
    }
    boolean commandSet = parts.stream().anyMatch(ComposeService::commandSet);
    List<CollectorConfig> loaded = new ArrayList<>();
    for (ComposeService s : parts) {
      for (Setting m : s.mounts()) {
        CollectorConfig c =
            byFile.get(EnvFiles.resolve(s.loc().folder(), m.value(), project.env()));
        // Mounted elsewhere than the default, a file is loaded only by a command naming it.
        if (c != null && (commandSet || isDefault(m.name()))) {
          loaded.add(c);
        }
      }
    }
    return loaded.isEmpty()
        ? Optional.empty()
        : Optional.of(CollectorServer.of(loaded, NginxServer.environmentOf(parts, project)));
  }

  private static boolean isDefault(String target) {
    return target.endsWith("/config.yaml") || target.endsWith("/config.yml");
  }
}
