package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeService;
import dev.portcheck.core.wiring.ProfilePort;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application whose {@code server.port}, in the profiles its compose service activates ({@code
 * SPRING_PROFILES_ACTIVE}; the last that sets it wins, else the default), is none of the ports the
 * compose service running it listens on: its container ports, {@code expose} and the {@code EXPOSE}
 * of the image it builds. The service runs this module's image (its {@code build:} is the module's
 * folder) or is named like the application's file in a config server's search location.
 */
public final class AppListenPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "app-listen-port",
          Severity.WARNING,
          "application listens on a port its compose service does not publish or expose",
          "When an application's server.port is not a container port, expose entry or Dockerfile"
              + " EXPOSE of the compose service that runs it, the published ports and the other"
              + " services' addresses very likely reach nothing.");

  private static final Pattern PORT = Pattern.compile("(\\d{1,5})|\\$\\{[^:}]+:(\\d{1,5})}");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** A literal port or a Spring placeholder's default; -1 for anything else (random, off). */
  static int port(String value) {
    Matcher m = PORT.matcher(value.trim());
    if (!m.matches()) {
      return -1;
    }
    int p = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    return p > 0 && p <= 65535 ? p : -1;
  }

  /**
   * True when the service's environment may set the port instead of the files: Spring reads {@code
   * SERVER_PORT} and {@code SPRING_APPLICATION_JSON}, and many images {@code PORT}.
   */
  private static boolean overridden(List<ComposeService> definitions) {
    return definitions.stream()
        .flatMap(s -> s.environment().stream())
        .map(e -> e.name().toUpperCase(Locale.ROOT))
        .anyMatch(
            n ->
                n.equals("SERVER_PORT") || n.equals("PORT") || n.equals("SPRING_APPLICATION_JSON"));
  }

  /** The profiles the service activates, in order; empty when they cannot be read. */
  private static Optional<List<String>> activeProfiles(ComposeModel.ServiceRef ref) {
    List<String> active = new ArrayList<>();
    for (ComposeService s : ref.project().services().get(ref.service())) {
      for (Setting e : s.environment()) {
        if (e.name().equals("SPRING_PROFILES_ACTIVE")) {
          Optional<String> value = ref.project().interpolate(e.value());
          if (value.isEmpty()) {
            return Optional.empty();
          }
          active.clear();
          for (String p : value.get().split(",")) {
            if (!p.isBlank()) {
              active.add(p.trim());
            }
          }
        }
      }
    }
    return Optional.of(active);
  }

  @Override
  public List<Finding> check(WiringModel model) {
    // server.port per application (folder and base name): the default one and each profile's
    Map<String, List<Setting>> defaults = new LinkedHashMap<>();
    Map<String, Map<String, Setting>> profiles = new LinkedHashMap<>();
    for (Setting s : model.app()) {
      if (s.name().equals("server.port")) {
        defaults.computeIfAbsent(application(s.loc().file()), k -> new ArrayList<>()).add(s);
      }
    }
    for (ProfilePort p : model.profilePorts()) {
      profiles
          .computeIfAbsent(p.applicationFile(), k -> new LinkedHashMap<>())
          .put(p.profile(), p.setting());
    }
    Set<String> applications = new LinkedHashSet<>(defaults.keySet());
    applications.addAll(profiles.keySet());
    List<Finding> out = new ArrayList<>();
    for (String application : applications) {
      for (ComposeModel.ServiceRef ref : model.runnersOf(application)) {
        List<ComposeService> definitions = ref.project().services().get(ref.service());
        Optional<List<String>> active = activeProfiles(ref);
        if (overridden(definitions) || active.isEmpty()) {
          continue;
        }
        Setting effective = null;
        for (String profile : active.get()) {
          effective = profiles.getOrDefault(application, Map.of()).getOrDefault(profile, effective);
        }
        if (effective == null) {
          List<Setting> plain = defaults.getOrDefault(application, List.of());
          if (plain.stream().map(Setting::value).distinct().count() != 1) {
            continue; // none, or files that disagree: which one wins is not followed here
          }
          effective = plain.get(0);
        }
        int port = port(effective.value());
        ComposeModel.Listeners l = model.compose().listeners(ref.project(), ref.service());
        if (port < 0 || !l.judged() || l.all().containsKey(port)) {
          continue;
        }
        out.add(
            WiringFindings.of(
                INFO,
                INFO.defaultSeverity(),
                effective.loc(),
                effective.name(),
                port,
                "the application listens on "
                    + port
                    + (active.get().isEmpty()
                        ? ""
                        : " (profiles " + String.join(",", active.get()) + ")")
                    + ", but compose service '"
                    + ref.service()
                    + "' that runs it listens on "
                    + l.describe(),
                l.all().values().iterator().next(),
                "compose service '" + ref.service() + "'"));
      }
    }
    return out;
  }

  /** The path standing for an application's files: folder and base name, as runnersOf reads it. */
  private static String application(String file) {
    int dot = file.lastIndexOf('.');
    return (dot > file.lastIndexOf('/') ? file.substring(0, dot) : file) + ".yml";
  }
}
