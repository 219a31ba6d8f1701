package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which nginx configurations of the module a compose service loads: the files (or the files of the
 * folders) it bind-mounts under {@code /etc/nginx}, and those the Dockerfile of its build context
 * copies there.
 */
final class NginxMounts {
  private NginxMounts() {}

  /**
   * The service's nginx, empty when it loads no configuration read here.
   *
   * @param parts the service's definitions, its bases included
   * @param built the image one of them builds, with the folder of its build context
   */
  static Optional<NginxServer> of(
      ComposeProject project,
      List<ComposeService> parts,
      Optional<Map.Entry<String, DockerImage>> built,
      Map<String, NginxConfig> byFile) {
    if (byFile.isEmpty()) {
      return Optional.empty();
    }
    List<NginxServer.Applied> applied = new ArrayList<>();
    for (ComposeService s : parts) {
      for (Setting m : s.mounts()) {
        place(
            EnvFiles.resolve(s.loc().folder(), m.value(), project.env()),
            m.name(),
            byFile,
            applied);
      }
    }
    built.ifPresent(
        b -> {
          for (Setting c : b.getValue().copied()) {
            place(EnvFiles.resolve(b.getKey(), c.value()), c.name(), byFile, applied);
          }
        });
    return applied.isEmpty()
        ? Optional.empty()
        : Optional.of(NginxServer.of(applied, NginxServer.environmentOf(parts, project)));
  }

  /** The configuration at {@code source}, or each below that folder, placed at {@code target}. */
  private static void place(
      String source,
      String target,
      Map<String, NginxConfig> byFile,
      List<NginxServer.Applied> applied) {
    if (source.isEmpty() || !target.startsWith("/etc/nginx")) {
      return;
    }
    NginxConfig file = byFile.get(source);
    if (file != null) {
      applied.add(new NginxServer.Applied(file, target));
      return;
    }
    String folder = source.equals(".") ? "" : source + "/";
    String into = target.endsWith("/") ? target : target + "/";
    byFile.keySet().stream()
        .filter(path -> path.startsWith(folder))
        .sorted()
        .forEach(
            path ->
                applied.add(
                    new NginxServer.Applied(
                        byFile.get(path), into + path.substring(folder.length()))));
  }
}
