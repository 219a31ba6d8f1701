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
 * @param variables every variable the environment sets, by its canonical name, with its value as
 *     read; empty when it cannot be read (a variable of its own, a {@code valueFrom})
 */
public record Launch(
    Optional<List<String>> profiles,
    boolean portOverridden,
    Map<String, Optional<String>> variables) {
  /** The variables that decide where an application listens. */
  public static final Set<String> VARIABLES = launchVariables();

  private static Set<String> launchVariables() {
    Set<String> all = new HashSet<>(Framework.PROFILE_VARIABLES);
    all.addAll(Framework.PORT_VARIABLES);
    all.add("PORT");
    all.add("SPRING_APPLICATION_JSON");
    return Set.copyOf(all);
  }

  public Launch {
    profiles = profiles.map(List::copyOf);
    variables = Map.copyOf(variables);
  }

  /** The launch {@code env} describes; {@code interpolate} resolves a value or says it cannot. */
  public static Launch of(List<Setting> env, Function<String, Optional<String>> interpolate) {
    boolean overridden = false;
    // Each framework reads its own variable; an application has one framework, so the profiles
    // of all of them together are those of whichever it is.
    Map<String, List<String>> byVariable = new LinkedHashMap<>();
    Map<String, Optional<String>> variables = new LinkedHashMap<>();
    for (Setting e : env) {
      String name = ListenVariables.canonical(e.name());
      Optional<String> read =
          e.value().equals(Workload.Container.FROM_ELSEWHERE)
              ? Optional.empty()
              : interpolate.apply(e.value()).filter(v -> !v.contains("$"));
      variables.put(name, read);
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
        return new Launch(Optional.empty(), overridden, variables);
      }
      active.addAll(profiles);
    }
    return new Launch(Optional.of(active), overridden, variables);
  }

  /** The launch of a compose service: the environment of every definition of it, interpolated. */
  public static Launch of(ComposeModel.ServiceRef ref) {
    List<Setting> env = new ArrayList<>();
    for (ComposeService s : ref.project().services().get(ref.service())) {
      env.addAll(s.environment());
    }
    return of(env, ref.project()::interpolate);
  }

  /**
   * The port a server-port value of the application's files takes in this launch: a placeholder
   * whose variable the environment sets ({@code ${SERVICE_PORT:8081}} under {@code
   * SERVICE_PORT=80}) takes that value, as Spring, Quarkus and Micronaut read their environment, -1
   * when it is no literal port; any other value as {@link AppPorts#port} reads it.
   */
  public int port(String value) {
    return environmentVariable(value)
        .map(name -> variables.get(ListenVariables.canonical(name)).map(AppPorts::port).orElse(-1))
        .orElseGet(() -> AppPorts.port(value));
  }

  /** {@code " (SERVICE_PORT of its environment)"} when the environment gave the port, else "". */
  public String portNote(String value) {
    return environmentVariable(value).map(name -> " (" + name + " of its environment)").orElse("");
  }

  /** The variable of a placeholder {@code value}, as written, when this environment sets it. */
  private Optional<String> environmentVariable(String value) {
    java.util.regex.Matcher m = PLACEHOLDER.matcher(value.trim());
    return m.matches()
        ? Optional.of(m.group(1).trim())
            .filter(name -> variables.containsKey(ListenVariables.canonical(name)))
        : Optional.empty();
  }

  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\$\\{([^:}$]+)(?::[^}]*)?}");

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
