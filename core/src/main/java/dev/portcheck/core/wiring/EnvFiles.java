package dev.portcheck.core.wiring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The variables a compose service loads by {@code env_file}: each file's, relative to the compose
 * file, as container environment, so addresses and host + port pairs written there are judged as
 * the service's clients, located in the env file.
 */
final class EnvFiles {
  private EnvFiles() {}

  /** The name of an {@code env_file} entry of {@code required: false}. */
  static final String OPTIONAL = "env_file (optional)";

  /**
   * The variables of {@code service}'s env files that may matter to wiring (addresses, port and
   * profile variables, host + port pairs), in file order; a file that was not read adds nothing.
   */
  static List<Setting> loaded(
      ComposeService service, Map<String, List<Setting>> byFile, Map<String, String> variables) {
    if (service.envFiles().isEmpty()) {
      return List.of();
    }
    List<Setting> out = new ArrayList<>();
    for (Setting ref : service.envFiles()) {
      String path = resolve(service.loc().folder(), ref.value(), variables);
      List<Setting> vars = byFile.getOrDefault(path, List.of());
      for (Setting v : vars) {
        if (ComposeFacts.kept(v.name(), v.value())) {
          out.add(v);
        }
      }
      out.addAll(HostPortPairs.join(vars));
    }
    return out;
  }

  /**
   * Whether every env file {@code service} loads was read: else its environment is unknown. An
   * optional one ({@code required: false}) that is not here is one compose skips: a local override
   * the checkout does not hold, judged as compose runs the checkout.
   */
  static boolean allRead(
      ComposeService service, Map<String, List<Setting>> byFile, Map<String, String> variables) {
    for (Setting ref : service.envFiles()) {
      if (!ref.name().equals(OPTIONAL)
          && !byFile.containsKey(resolve(service.loc().folder(), ref.value(), variables))) {
        return false;
      }
    }
    return true;
  }

  /** True when none of {@code variables} tells a process where to listen ({@link EnvListeners}). */
  static boolean setsNoListener(List<Setting> variables) {
    return variables.stream()
        .allMatch(v -> EnvListeners.listens(v.name(), v.value(), v.loc()).isEmpty());
  }

  /**
   * {@code written} interpolated with {@code variables} (a {@code .env}'s), relative to {@code
   * folder}, as a module-relative path; "" when outside or when a variable has no value.
   */
  static String resolve(String folder, String written, Map<String, String> variables) {
    return ComposeModel.interpolate(written, variables).map(w -> resolve(folder, w)).orElse("");
  }

  /** {@code written} relative to {@code folder}, as a module-relative path; "" when outside. */
  static String resolve(String folder, String written) {
    String path =
        Path.of(folder.isEmpty() ? "." : folder, written.trim())
            .normalize()
            .toString()
            .replace('\\', '/');
    return path.startsWith("/") || written.contains("$") ? "" : path;
  }
}
