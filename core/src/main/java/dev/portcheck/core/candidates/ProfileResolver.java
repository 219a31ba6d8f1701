package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.ComposeKeys;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which profile a setting belongs to: Spring {@code application-dev.yml} file names, multi-document
 * YAML with {@code spring.config.activate.on-profile} or {@code spring.profiles}, Quarkus {@code
 * %dev.} key prefixes, Micronaut {@code application-test.yml} environments, and a compose service's
 * {@code profiles}. The wiring's application settings tell profiles by the same file names and
 * keys.
 */
public final class ProfileResolver {
  private static final Pattern PROFILE_FILE =
      Pattern.compile("(?:application|bootstrap)-([^.]+)\\.(?:properties|ya?ml)");

  /** The keys whose value names the profile a YAML document activates on. */
  private static final Set<String> PROFILE_KEYS =
      Set.of("spring.config.activate.on-profile", "spring.profiles");

  private ProfileResolver() {}

  /** A key without its Quarkus profile prefix, and that profile (empty when none). */
  public record KeyProfile(String key, String profile) {}

  public static KeyProfile keyProfile(String key) {
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

  /** The profile a file's name gives it ({@code dev} of {@code application-dev.yml}), or empty. */
  public static String fileProfile(String fileName) {
    Matcher m = PROFILE_FILE.matcher(fileName);
    return m.matches() ? m.group(1) : "";
  }

  /** True for a key whose value names the profile its document activates on. */
  public static boolean activatesProfile(String key) {
    return PROFILE_KEYS.contains(key);
  }

  /**
   * The profiles of each compose service that lists some, joined in their order ({@code
   * feature-complete}, {@code debug,tools}). Compose starts such a service only when one of them is
   * enabled, beside every service without profiles: the same as a Spring profile's settings on top
   * of the defaults, so services of two different profiles never run together unless both are asked
   * for.
   */
  static Map<String, String> composeServiceProfiles(List<LocatedEntry> entries) {
    Map<String, String> profiles = new HashMap<>();
    for (LocatedEntry e : entries) {
      int end = ComposeKeys.serviceEnd(e.key());
      if (end > 0 && e.key().startsWith(".profiles[", end) && !e.value().isBlank()) {
        profiles.merge(ComposeKeys.service(e.key()), e.value().trim(), (a, b) -> a + "," + b);
      }
    }
    return profiles;
  }

  /** The service a compose key is under ({@code web} of {@code services.web.ports[0]}), or null. */
  static String composeService(String key) {
    return ComposeKeys.service(key);
  }

  /** Profiles named by YAML documents that activate on one. */
  static Map<Integer, String> documentProfiles(List<LocatedEntry> entries) {
    Map<Integer, String> profiles = new HashMap<>();
    for (LocatedEntry e : entries) {
      if (activatesProfile(e.key())) {
        profiles.put(e.document(), e.value().trim());
      }
    }
    return profiles;
  }
}
