package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The wiring settings of an application config file in its default profile: where it listens
 * ({@code server.port}), what it is called, where a config server keeps per-application files, and
 * every value that holds a {@code host:port} or URL. Profile files ({@code application-dev.yml})
 * and YAML documents that activate on a profile are left out: which profile runs is not known here.
 */
final class AppSettings {
  private AppSettings() {}

  static final String PORT = "server.port";
  static final String NAME = "spring.application.name";
  static final String SEARCH_LOCATIONS = "spring.cloud.config.server.native.search-locations";

  private static final Pattern PROFILE_FILE =
      Pattern.compile("(?:application|bootstrap)-[^.]+\\.(?:properties|ya?ml)");
  private static final Set<String> PROFILE_KEYS =
      Set.of("spring.profiles", "spring.config.activate.on-profile");

  static List<Setting> read(String path, String fileName, List<LocatedEntry> entries) {
    if (PROFILE_FILE.matcher(fileName).matches()) {
      return List.of();
    }
    Set<Integer> profiled = new HashSet<>();
    for (LocatedEntry e : entries) {
      if (PROFILE_KEYS.contains(e.key())) {
        profiled.add(e.document());
      }
    }
    List<Setting> out = new ArrayList<>();
    for (LocatedEntry e : entries) {
      if (profiled.contains(e.document())) {
        continue;
      }
      String key = dotted(e.key());
      boolean wanted =
          key.equals(PORT)
              || key.equals(NAME)
              || key.equals(SEARCH_LOCATIONS)
              || (e.value().indexOf(':') > 0 && !Address.in(e.value()).isEmpty());
      if (wanted) {
        Position at = e.positionOf(0);
        out.add(new Setting(key, e.value(), new Loc(path, at.line(), at.column())));
      }
    }
    return out;
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
