package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server port of each application ({@code server.port}, {@code quarkus.http.port}, {@code
 * micronaut.server.port}: see {@link Framework}), in its default profile and per profile, and the
 * one a container's profiles make effective. An application is a folder and base name ({@code
 * src/main/resources/application.yml} stands for its {@code .properties}, {@code .yaml} and profile
 * files too).
 *
 * @param defaults each application's default-profile settings (one per file that sets it)
 * @param profiles each application's settings per profile
 */
public record AppPorts(
    Map<String, List<Setting>> defaults, Map<String, Map<String, Setting>> profiles) {
  public static final String PORT = AppSettings.PORT;
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})|\\$\\{[^:}]+:(\\d{1,5})}");

  public AppPorts {
    defaults = copy(defaults);
    Map<String, Map<String, Setting>> p = new LinkedHashMap<>();
    profiles.forEach((k, v) -> p.put(k, new LinkedHashMap<>(v)));
    profiles = p;
  }

  private static Map<String, List<Setting>> copy(Map<String, List<Setting>> m) {
    Map<String, List<Setting>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** The ports of the applications whose file {@code wanted} accepts. */
  public static AppPorts of(
      List<Setting> app,
      List<ProfilePort> profilePorts,
      java.util.function.Predicate<String> wanted) {
    Map<String, List<Setting>> defaults = new LinkedHashMap<>();
    Map<String, Map<String, Setting>> profiles = new LinkedHashMap<>();
    for (Setting s : app) {
      String application = application(s.loc().file());
      if (Framework.isServerPort(s.name()) && wanted.test(application)) {
        defaults.computeIfAbsent(application, k -> new ArrayList<>()).add(s);
      }
    }
    for (ProfilePort p : profilePorts) {
      if (Framework.isServerPort(p.setting().name()) && wanted.test(p.applicationFile())) {
        profiles
            .computeIfAbsent(p.applicationFile(), k -> new LinkedHashMap<>())
            .put(p.profile(), p.setting());
      }
    }
    return new AppPorts(defaults, profiles);
  }

  /** Every application that sets a port, default profile or not. */
  public Set<String> applications() {
    Set<String> all = new LinkedHashSet<>(defaults.keySet());
    all.addAll(profiles.keySet());
    return all;
  }

  public boolean isEmpty() {
    return defaults.isEmpty() && profiles.isEmpty();
  }

  /**
   * The setting that decides where {@code application} listens with {@code active} profiles (none
   * named: its framework's default ones, Quarkus' {@code prod}): the last active profile that sets
   * it, else the default one; empty when none does or the default files disagree (which one wins is
   * not followed).
   */
  public Optional<Setting> effective(String application, List<String> active) {
    List<String> named = active.isEmpty() ? framework(application).defaultProfiles() : active;
    Setting effective = null;
    for (String profile : named) {
      effective = profiles.getOrDefault(application, Map.of()).getOrDefault(profile, effective);
    }
    if (effective != null) {
      return Optional.of(effective);
    }
    List<Setting> plain = defaults.getOrDefault(application, List.of());
    if (plain.stream().map(Setting::value).distinct().count() != 1) {
      return Optional.empty();
    }
    return Optional.of(plain.get(0));
  }

  /** The framework of the application, by the key its files set the port with. */
  private Framework framework(String application) {
    List<Setting> written = new ArrayList<>(defaults.getOrDefault(application, List.of()));
    written.addAll(profiles.getOrDefault(application, Map.of()).values());
    return written.isEmpty()
        ? Framework.SPRING
        : Framework.ofServerPort(written.get(0).name()).orElse(Framework.SPRING);
  }

  /** A literal port or a Spring placeholder's default; -1 for anything else (random, off). */
  public static int port(String value) {
    Matcher m = NUMBER.matcher(value.trim());
    if (!m.matches()) {
      return -1;
    }
    int p = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    return p > 0 && p <= 65535 ? p : -1;
  }

  /** The path standing for an application's files: folder and base name, as runnersOf reads it. */
  public static String application(String file) {
    int dot = file.lastIndexOf('.');
    return (dot > file.lastIndexOf('/') ? file.substring(0, dot) : file) + ".yml";
  }
}
