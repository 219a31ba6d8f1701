package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a compose service's own definition names its listeners twice over: every port that its
 * {@code ports} (container side), its listen variables and flags, its healthcheck on itself and a
 * variable named after the service ({@code SANDBOX_PORT: 8194} on {@code sandbox}) state is stated
 * by at least two of them ({@code ports: ["8000:8000"]} and {@code curl -f
 * http://localhost:8000/health}). Then a client at another port has evidence against it, named in
 * the message, where a single {@code ports} entry would not: a container may listen on ports it
 * does not publish.
 */
final class SelfConsistentListeners {
  private SelfConsistentListeners() {}

  /**
   * @param ports the container sides of its {@code ports}
   * @param bound what its listen variables and flags bind
   * @param selfChecked what its healthcheck calls on itself
   * @param named its variables named after it ({@link #namedAfter})
   */
  static boolean agree(
      Set<Integer> ports, Set<Integer> bound, Set<Integer> selfChecked, List<Named> named) {
    Map<Integer, Integer> statements = new HashMap<>();
    ports.forEach(p -> statements.merge(p, 1, Integer::sum));
    bound.forEach(p -> statements.merge(p, 1, Integer::sum));
    selfChecked.forEach(p -> statements.merge(p, 1, Integer::sum));
    named.forEach(v -> statements.merge(v.port(), 1, Integer::sum));
    return !statements.isEmpty() && statements.values().stream().allMatch(n -> n >= 2);
  }

  /**
   * The ports of variables of the service's environment named after it: {@code SANDBOX_PORT} or
   * {@code DIFY_SANDBOX_PORT} on {@code sandbox}, {@code PG_META_PORT} on {@code meta}; a bound
   * listen variable ({@code PORT}) counts already.
   */
  /** A port a variable sets, where the variable is written. */
  record Named(int port, Loc loc) {}

  static List<Named> namedAfter(
      ComposeProject project, String service, List<ComposeService> parts) {
    String suffix = "_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    List<Named> out = new ArrayList<>();
    for (ComposeService s : parts) {
      for (Setting e : s.environment()) {
        String name = "_" + e.name().toUpperCase(Locale.ROOT);
        if (!name.endsWith(suffix)) {
          continue;
        }
        project
            .interpolate(e.value())
            .map(String::trim)
            .filter(v -> !v.isEmpty() && v.length() <= 5 && v.chars().allMatch(Character::isDigit))
            .map(Integer::parseInt)
            .filter(p -> p > 0 && p <= 65535)
            .ifPresent(p -> out.add(new Named(p, e.loc())));
      }
    }
    return out;
  }
}
