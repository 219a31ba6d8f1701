package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.List;
import java.util.Locale;

/**
 * Whether a compose service mounts a volume over its image's configuration ({@code
 * ./nginx.conf:/etc/nginx/nginx.conf}, {@code conf:/usr/local/etc/haproxy}, {@code
 * ./kibana.yml:/usr/share/kibana/config/kibana.yml}): the server then listens where that
 * configuration says, which portcheck does not read, so the ports the image's documentation gives
 * may not hold. Mounts of the clock, host names, certificates and data are no configuration of
 * where a server listens.
 */
final class ConfigMounts {
  private ConfigMounts() {}

  /** True when one of the {@code volumes} items mounts over configuration. */
  static boolean replaceConfig(KeyTree volumes) {
    for (KeyTree item : volumes.items()) {
      LocatedEntry written = item.entry();
      String target = written != null ? shortTarget(written.value()) : item.value("target");
      if (target != null && isConfig(target)) {
        return true;
      }
    }
    return false;
  }

  /** The container path of {@code source:target[:mode]}, or of a bare {@code target}. */
  private static String shortTarget(String spec) {
    String[] parts = spec.split(":", -1);
    return parts.length == 1 ? parts[0] : parts[1];
  }

  static boolean isConfig(String target) {
    String t = target.trim().toLowerCase(Locale.ROOT);
    for (String other : NOT_SERVER_CONFIG) {
      if (t.contains(other)) {
        return false;
      }
    }
    for (String segment : t.split("/")) {
      if (CONFIG_FOLDERS.contains(segment)) {
        return true;
      }
    }
    for (String extension : CONFIG_EXTENSIONS) {
      if (t.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  /** Folders that hold configuration: {@code /etc/...}, {@code /usr/local/etc}, {@code conf.d}. */
  private static final java.util.Set<String> CONFIG_FOLDERS =
      java.util.Set.of("etc", "conf", "config", "configs", "conf.d");

  private static final List<String> CONFIG_EXTENSIONS =
      List.of(
          ".conf",
          ".cfg",
          ".cnf",
          ".ini",
          ".toml",
          ".yml",
          ".yaml",
          ".json",
          ".xml",
          ".properties");

  private static final List<String> NOT_SERVER_CONFIG =
      List.of(
          "localtime",
          "timezone",
          "/etc/hosts",
          "/etc/hostname",
          "resolv.conf",
          "/etc/passwd",
          "/etc/group",
          "machine-id",
          "ssl",
          "cert",
          "letsencrypt",
          "secret",
          "/etc/pki",
          "docker.sock");
}
