package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ListenVariables;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of an application's settings a compose service that runs it reads, by the profiles it
 * activates: a profile's setting only when that profile is active, a default one unless an active
 * profile sets the same key. That is known only where the service's environment names the profiles
 * ({@code SPRING_PROFILES_ACTIVE: docker}) and nothing else can: no command of its own, and an
 * image built from a Dockerfile here whose launch sets no profiles. Elsewhere every setting may be
 * read, as any profile may be the active one.
 */
public final class ActiveSettings {
  private final WiringModel model;
  private final Map<String, Set<String>> overriddenBy = new HashMap<>();
  private final Map<ComposeModel.ServiceRef, Optional<List<String>>> known = new HashMap<>();

  private ActiveSettings(WiringModel model) {
    this.model = model;
    for (ProfilePort p : model.profilePorts()) {
      overriddenBy
          .computeIfAbsent(key(p.applicationFile(), p.setting().name()), k -> new HashSet<>())
          .add(p.profile());
    }
  }

  public static ActiveSettings of(WiringModel model) {
    return new ActiveSettings(model);
  }

  /**
   * True when {@code client} reads {@code s} of {@code application} (a file standing for the
   * application, as {@link AppPorts#application} names it); {@code profile} is the profile that
   * sets it, empty for the default one. A file the service bind-mounts is read as it is.
   */
  public boolean reads(
      ComposeModel.ServiceRef client, String application, Setting s, String profile) {
    if (!model.runnersOf(application).contains(client)) {
      return true; // a mounted configuration file: no profiles of its own
    }
    Optional<List<String>> active = known.computeIfAbsent(client, this::activeProfiles);
    if (active.isEmpty()) {
      return true;
    }
    if (!profile.isEmpty()) {
      return active.get().contains(profile);
    }
    Set<String> overriding =
        overriddenBy.getOrDefault(key(AppPorts.application(application), s.name()), Set.of());
    return active.get().stream().noneMatch(overriding::contains);
  }

  /** The profiles the service surely runs with; empty when something else may choose them. */
  private Optional<List<String>> activeProfiles(ComposeModel.ServiceRef client) {
    List<ComposeService> definitions = client.project().services().get(client.service());
    boolean named = false;
    boolean built = false;
    for (ComposeService s : definitions) {
      built |= !s.build().isEmpty();
      if (s.commandSet()) {
        return Optional.empty();
      }
      for (Setting e : s.environment()) {
        named |= Framework.PROFILE_VARIABLES.contains(ListenVariables.canonical(e.name()));
      }
    }
    Optional<DockerImage> image =
        model.compose().listeners(client.project(), client.service()).image();
    // java $JAVA_OPTS -jar app.jar launches as written where the service sets no JAVA_OPTS.
    Set<String> set = new java.util.HashSet<>();
    definitions.forEach(d -> d.environment().forEach(e -> set.add(e.name())));
    if (!named || !built || image.isEmpty() || image.get().launchOpenWith(set)) {
      return Optional.empty();
    }
    return Launch.of(client).profiles();
  }

  private static String key(String application, String name) {
    return application + "\0" + name;
  }
}
