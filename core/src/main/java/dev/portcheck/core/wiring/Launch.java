package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a container starts a Spring application, as far as its environment tells: the profiles it
 * activates ({@code SPRING_PROFILES_ACTIVE}) and whether a variable sets the listen port instead of
 * the application's files (Spring reads {@code SERVER_PORT} and {@code SPRING_APPLICATION_JSON},
 * many images {@code PORT}).
 *
 * @param profiles the active profiles in order; empty when they cannot be read (a variable without
 *     value or default, a {@code valueFrom})
 * @param portOverridden true when the environment may set the port, so the files do not decide
 */
public record Launch(Optional<List<String>> profiles, boolean portOverridden) {
  public static final String PROFILES = "SPRING_PROFILES_ACTIVE";

  /** The variables that decide where a Spring application listens. */
  public static final Set<String> VARIABLES =
      Set.of(PROFILES, "SERVER_PORT", "PORT", "SPRING_APPLICATION_JSON");

  public Launch {
    profiles = profiles.map(List::copyOf);
  }

  /** The launch {@code env} describes; {@code interpolate} resolves a value or says it cannot. */
  public static Launch of(List<Setting> env, Function<String, Optional<String>> interpolate) {
    boolean overridden = false;
    Optional<List<String>> active = Optional.of(List.of());
    for (Setting e : env) {
      String name = e.name().toUpperCase(java.util.Locale.ROOT);
      if (!name.equals(PROFILES)) {
        overridden |= VARIABLES.contains(name);
        continue;
      }
      Optional<String> value = interpolate.apply(e.value());
      if (value.isEmpty() || value.get().contains("$")) {
        active = Optional.empty();
        continue;
      }
      List<String> list = new ArrayList<>();
      for (String p : value.get().split(",")) {
        if (!p.isBlank()) {
          list.add(p.trim());
        }
      }
      active = Optional.of(list);
    }
    return new Launch(active, overridden);
  }

  /** The launch of a compose service: the environment of every definition of it, interpolated. */
  public static Launch of(ComposeModel.ServiceRef ref) {
    List<Setting> env = new ArrayList<>();
    for (ComposeService s : ref.project().services().get(ref.service())) {
      env.addAll(s.environment());
    }
    return of(env, ref.project()::interpolate);
  }

  /** True when the files decide the port: profiles known, no variable overriding it. */
  public boolean filesDecide() {
    return profiles.isPresent() && !portOverridden;
  }

  /** {@code " (profiles a,b)"}, or nothing for the default profile. */
  public String profileNote() {
    List<String> p = profiles.orElse(List.of());
    return p.isEmpty() ? "" : " (profiles " + String.join(",", p) + ")";
  }
}
