package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which profile a setting belongs to: Spring {@code application-dev.yml} file names, multi-document
 * YAML with {@code spring.config.activate.on-profile} or {@code spring.profiles}, Quarkus {@code
 * %dev.} key prefixes, Micronaut {@code application-test.yml} environments.
 */
final class ProfileResolver {
  private static final Pattern PROFILE_FILE =
      Pattern.compile("(?:application|bootstrap)-([^.]+)\\.(?:properties|ya?ml)");

  private ProfileResolver() {}

  /** A key without its Quarkus profile prefix, and that profile (empty when none). */
  record KeyProfile(String key, String profile) {}

  static KeyProfile keyProfile(String key) {
    if (key.startsWith("%")) {
      int dot = key.indexOf('.');
      if (dot > 1) {
        return new KeyProfile(key.substring(dot + 1), key.substring(1, dot));
      }
    }
    if (key.startsWith("[\"%")) {
      int close = key.indexOf("\"]");
      if (close > 3) {
        String rest = key.substring(close + 2);
        return new KeyProfile(
            rest.startsWith(".") ? rest.substring(1) : rest, key.substring(3, close));
      }
    }
    return new KeyProfile(key, "");
  }

  static String fileProfile(String fileName) {
    Matcher m = PROFILE_FILE.matcher(fileName);
    return m.matches() ? m.group(1) : "";
  }

  /** Profiles named by YAML documents that activate on one. */
  static Map<Integer, String> documentProfiles(List<LocatedEntry> entries) {
    Map<Integer, String> profiles = new HashMap<>();
    for (LocatedEntry e : entries) {
      if (e.key().equals("spring.config.activate.on-profile")
          || e.key().equals("spring.profiles")) {
        profiles.put(e.document(), e.value().trim());
      }
    }
    return profiles;
  }
}
