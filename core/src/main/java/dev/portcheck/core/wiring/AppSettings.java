package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.ProfileResolver;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The wiring settings of an application config file in its default profile: where it listens (its
 * framework's server port, see {@link Framework}, and {@code management.server.port}), what it is
 * called, where a config server keeps per-application files, and every value that holds a {@code
 * host:port} or URL. Of profile files ({@code application-dev.yml}), YAML documents that activate
 * on one profile and Quarkus' {@code %dev.} keys, the server port and the values that hold an
 * address are kept, with their profile.
 */
final class AppSettings {
  private AppSettings() {}

  static final String PORT = Framework.SPRING.serverPort();

  /** Where Spring Boot's actuator listens when it has a port of its own. */
  static final String MANAGEMENT_PORT = "management.server.port";

  static final String NAME = "spring.application.name";
  static final String SEARCH_LOCATIONS = "spring.cloud.config.server.native.search-locations";
  static final String GIT_URI = "spring.cloud.config.server.git.uri";
  static final String ACTIVE_PROFILES = "spring.profiles.active";

  /** The profile that makes a Spring Cloud Config server serve files rather than a git repo. */
  static final String NATIVE = "native";

  private static final Pattern ONE_PROFILE = Pattern.compile("[A-Za-z0-9_-]+");

  /** The settings of a file, split into its default profile and {@code server.port} per profile. */
  record Read(List<Setting> defaults, List<ProfilePort> profilePorts) {}

  static Read read(String path, String fileName, List<LocatedEntry> entries) {
    String fileProfile = ProfileResolver.fileProfile(fileName);
    // A profile file is application-<profile> or bootstrap-<profile>: its base ends at the dash.
    String base =
        !fileProfile.isEmpty()
            ? fileName.substring(0, fileName.indexOf('-'))
            : fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    Map<Integer, String> documentProfile = new HashMap<>();
    for (LocatedEntry e : entries) {
      if (ProfileResolver.activatesProfile(dotted(e.key()))) {
        // A profile expression or list ("!dev", "a | b") is not followed: the document is left out.
        documentProfile.put(
            e.document(),
            ONE_PROFILE.matcher(e.value().trim()).matches() ? e.value().trim() : null);
      }
    }
    List<Setting> defaults = new ArrayList<>();
    List<ProfilePort> profilePorts = new ArrayList<>();
    Map<String, List<Setting>> pairHalves = new HashMap<>();
    for (LocatedEntry e : entries) {
      String key = dotted(e.key());
      String profile =
          documentProfile.containsKey(e.document())
              ? documentProfile.get(e.document())
              : fileProfile;
      if (key.startsWith("%")) {
        // Quarkus: %dev.quarkus.http.port is the dev profile's quarkus.http.port.
        ProfileResolver.KeyProfile kp = ProfileResolver.keyProfile(key);
        if (kp.profile().isEmpty() || profile == null || !profile.isEmpty()) {
          continue;
        }
        key = kp.key();
        profile = kp.profile();
      }
      if (profile == null || (!fileProfile.isEmpty() && !profile.equals(fileProfile))) {
        continue;
      }
      if (mayBePairHalf(key)) {
        pairHalves.computeIfAbsent(profile, p -> new ArrayList<>()).add(setting(path, key, e));
      }
      if (!profile.isEmpty()) {
        if (Framework.isServerPort(key) || key.equals(MANAGEMENT_PORT) || holdsAddress(e)) {
          profilePorts.add(new ProfilePort(profile, base, setting(path, key, e)));
        }
        continue;
      }
      // Most entries are neither: the setting is made only for those kept.
      boolean wanted =
          Framework.isServerPort(key)
              || key.equals(MANAGEMENT_PORT)
              || key.equals(NAME)
              || key.equals(SEARCH_LOCATIONS)
              || key.equals(GIT_URI)
              || key.equals(ACTIVE_PROFILES) && e.value().contains(NATIVE)
              || holdsAddress(e);
      if (wanted) {
        defaults.add(setting(path, key, e));
      }
    }
    pairHalves.forEach(
        (profile, halves) -> {
          for (Setting pair : HostPortPairs.join(halves)) {
            if (profile.isEmpty()) {
              defaults.add(pair);
            } else {
              profilePorts.add(new ProfilePort(profile, base, pair));
            }
          }
        });
    return new Read(defaults, profilePorts);
  }

  /** A key that may be the host or the port half of a pair; most keys are neither. */
  private static boolean mayBePairHalf(String key) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return k.endsWith("port") || k.endsWith("host") || k.endsWith("hostname");
  }

  private static boolean holdsAddress(LocatedEntry e) {
    // A placeholder may stand for the host ({@code ${MYSQL_HOST:db}:3306}): read per service.
    return e.value().indexOf(':') > 0
        && (e.value().contains("${") || !Address.in(e.value()).isEmpty());
  }

  private static Setting setting(String path, String key, LocatedEntry e) {
    Position at = e.positionOf(0);
    return new Setting(key, e.value(), new Loc(path, at.line(), at.column()));
  }

  /** A key path with quoted segments ({@code ["server.port"]}) written as plain dotted names. */
  static String dotted(String key) {
    if (key.indexOf('"') < 0) {
      return key;
    }
    StringBuilder out = new StringBuilder();
    for (String segment : KeyTree.segments(key)) {
      if (out.length() > 0 && !segment.startsWith("[")) {
        out.append('.');
      }
      out.append(segment);
    }
    return out.toString();
  }
}
