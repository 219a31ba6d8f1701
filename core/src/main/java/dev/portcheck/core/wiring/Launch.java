package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ListenVariables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a container starts an application, as far as its environment tells: the profiles it activates
 * ({@code SPRING_PROFILES_ACTIVE}, {@code QUARKUS_PROFILE}, {@code MICRONAUT_ENVIRONMENTS}: see
 * {@link Framework}) and whether a variable sets the listen port instead of the application's files
 * (Spring reads {@code SERVER_PORT} and {@code SPRING_APPLICATION_JSON}, Quarkus {@code
 * QUARKUS_HTTP_PORT}, many images {@code PORT}).
 *
 * @param profiles the active profiles in order; empty when they cannot be read (a variable without
 *     value or default, a {@code valueFrom})
 * @param portOverridden true when the environment may set the port, so the files do not decide
 */
public record Launch(Optional<List<String>> profiles, boolean portOverridden) {
  /** The variables that decide where an application listens. */
  public static final Set<String> VARIABLES = variables();

  private static Set<String> variables() {
    Set<String> all = new HashSet<>(Framework.PROFILE_VARIABLES);
    all.addAll(Framework.PORT_VARIABLES);
    all.add("PORT");
    all.add("SPRING_APPLICATION_JSON");
    return Set.copyOf(all);
  }

  public Launch {
    profiles = profiles.map(List::copyOf);
  }

  /** The launch {@code env} describes; {@code interpolate} resolves a value or says it cannot. */
  public static Launch of(List<Setting> env, Function<String, Optional<String>> interpolate) {
    boolean overridden = false;
    // Each framework reads its own variable; an application has one framework, so the profiles
    // of all of them together are those of whichever it is.
    Map<String, List<String>> byVariable = new LinkedHashMap<>();
    for (Setting e : env) {
      String name = ListenVariables.canonical(e.name());
      if (!Framework.PROFILE_VARIABLES.contains(name)) {
        overridden |= VARIABLES.contains(name);
        continue;
      }
      Optional<String> value = interpolate.apply(e.value());
      if (value.isEmpty() || value.get().contains("$")) {
        byVariable.put(name, null); // unreadable, unless a later definition sets it again
        continue;
      }
      List<String> list = new ArrayList<>();
      for (String p : value.get().split(",")) {
        if (!p.isBlank()) {
          list.add(p.trim());
        }
      }
      byVariable.put(name, list);
    }
    List<String> active = new ArrayList<>();
    for (List<String> profiles : byVariable.values()) {
      if (profiles == null) {
        return new Launch(Optional.empty(), overridden);
      }
      active.addAll(profiles);
    }
    return new Launch(Optional.of(active), overridden);
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
