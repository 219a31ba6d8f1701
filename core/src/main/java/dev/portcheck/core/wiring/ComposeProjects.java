package dev.portcheck.core.wiring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which compose files {@code docker compose} runs together as one project. */
final class ComposeProjects {
  private ComposeProjects() {}

  /**
   * Which project of its folder a compose file belongs to, as {@code docker compose} assembles
   * them: the files the folder's {@code .env} names in {@code COMPOSE_FILE}, else the default file
   * and its override ({@code compose.yaml} + {@code compose.override.yaml}, or the {@code
   * docker-compose.*} spellings) form the folder's default project, named "". Any other file is an
   * alternative that runs on its own ({@code docker-compose.images.yml}), named by its file, unless
   * it only adds to services of the default project without naming their image (a dev file that
   * adds a build or a publish), or writes a service of the default project that could not run on
   * its own: an override meant for {@code -f base -f override}, which joins the default project.
   */
  static String projectName(
      String file,
      String folder,
      Map<String, String> env,
      Map<String, Map<String, ComposeService>> byFile) {
    String fileName = file.substring(file.lastIndexOf('/') + 1);
    String chosen = env.get("COMPOSE_FILE");
    if (chosen != null && !chosen.isBlank()) {
      // The .env names the project's files: those form the default project, any other is its own.
      String separator = env.getOrDefault("COMPOSE_PATH_SEPARATOR", ":");
      for (String f : chosen.split(java.util.regex.Pattern.quote(separator))) {
        String named = f.trim();
        if (named.equals(fileName) || named.equals("./" + fileName)) {
          return "";
        }
      }
      return fileName;
    }
    if (DEFAULT_FILES.contains(fileName)) {
      return "";
    }
    Set<String> defaultServices = defaultServices(folder, byFile);
    if (defaultServices.isEmpty()) {
      return fileName;
    }
    Map<String, ComposeService> own = byFile.getOrDefault(file, Map.of());
    boolean addsOnly =
        own.values().stream()
            .allMatch(
                s ->
                    defaultServices.contains(s.name())
                        && s.image().isEmpty()
                        && s.extendsService().isEmpty());
    // A service with neither image nor build nor extends cannot run on its own (compose refuses
    // it): the file that writes it, beside services of its own (a broker the variant adds), is an
    // override of the default project, as thingsboard's -f docker-compose.kafka.yml.
    boolean cannotRunAlone =
        own.values().stream().anyMatch(s -> defaultServices.contains(s.name()) && incomplete(s));
    // A service that depends on one only the default project defines cannot run alone either
    // (compose: "depends on undefined service"): the file is the default project's override.
    cannotRunAlone |=
        own.values().stream()
            .flatMap(s -> s.dependsOn().stream())
            .anyMatch(d -> !own.containsKey(d) && defaultServices.contains(d));
    return addsOnly || cannotRunAlone ? "" : fileName;
  }

  /**
   * The folder of the project a compose file of its own ({@code projectName} not "") joins when its
   * folder has no default project but a folder above has one that defines every service the file
   * writes without image, build or extends: an override kept apart ({@code -f docker-compose.yml -f
   * ./dev/docker-compose.dev.yml}), whose services cannot run alone. Empty when there is no such
   * folder.
   */
  static java.util.Optional<String> overriddenFolder(
      String file, String folder, Map<String, Map<String, ComposeService>> byFile) {
    if (!defaultServices(folder, byFile).isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> incomplete =
        byFile.getOrDefault(file, Map.of()).values().stream()
            .filter(ComposeProjects::incomplete)
            .map(ComposeService::name)
            .toList();
    String at = folder;
    while (!incomplete.isEmpty() && !at.isEmpty()) {
      at = at.contains("/") ? at.substring(0, at.lastIndexOf('/')) : "";
      Set<String> above = defaultServices(at, byFile);
      if (!above.isEmpty()) {
        return above.containsAll(incomplete)
            ? java.util.Optional.of(at)
            : java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  /** A service compose cannot run from this definition alone: no image, build or extends. */
  private static boolean incomplete(ComposeService s) {
    return s.image().isEmpty() && s.build().isEmpty() && s.extendsService().isEmpty();
  }

  private static Set<String> defaultServices(
      String folder, Map<String, Map<String, ComposeService>> byFile) {
    Set<String> services = new HashSet<>();
    for (String base : DEFAULT_FILES) {
      services.addAll(
          byFile.getOrDefault(folder.isEmpty() ? base : folder + "/" + base, Map.of()).keySet());
    }
    return services;
  }

  /**
   * Each file a top-level {@code include:} names (relative to the including file) to the file that
   * includes it; the first includer wins.
   */
  static Map<String, String> includedBy(List<Setting> includes) {
    Map<String, String> out = new java.util.HashMap<>();
    for (Setting include : includes) {
      String path = EnvFiles.resolve(include.loc().folder(), include.value());
      if (!path.isEmpty() && !path.equals(include.loc().file())) {
        out.putIfAbsent(path, include.loc().file());
      }
    }
    return out;
  }

  /**
   * The file whose project {@code file}'s services join: the outermost file that includes it,
   * through included files that include others; {@code file} itself when nothing includes it. An
   * included file forms no project of its own, so its services are judged once.
   */
  static String includingFile(String file, Map<String, String> includedBy) {
    String at = file;
    for (int depth = 0; depth < 8 && includedBy.containsKey(at); depth++) {
      at = includedBy.get(at);
    }
    return at;
  }

  private static final List<String> DEFAULT_FILES =
      List.of(
          "compose.yaml",
          "compose.yml",
          "docker-compose.yaml",
          "docker-compose.yml",
          "compose.override.yaml",
          "compose.override.yml",
          "docker-compose.override.yaml",
          "docker-compose.override.yml");
}
