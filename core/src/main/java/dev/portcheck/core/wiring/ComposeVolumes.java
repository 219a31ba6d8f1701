package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A compose service's {@code volumes}, each item read once ({@code source:target[:mode]} or the
 * long syntax): the host paths it bind-mounts, whose configuration files are the service's, and
 * whether it mounts a volume over its image's configuration ({@code
 * ./nginx.conf:/etc/nginx/nginx.conf}, {@code conf:/usr/local/etc/haproxy}, {@code
 * ./kibana.yml:/usr/share/kibana/config/kibana.yml}): the server then listens where that
 * configuration says, which portcheck does not read, so the ports the image's documentation gives
 * may not hold. Mounts of the clock, host names, certificates and data are no configuration of
 * where a server listens.
 */
final class ComposeVolumes {
  private ComposeVolumes() {}

  /**
   * One item: its source (a host path or a volume name, empty for an anonymous volume), its
   * container path, whether it binds a host path, and the entry that holds the source.
   */
  private record Volume(String source, String target, boolean bind, LocatedEntry at) {}

  /**
   * The colon-separated fields of a short-syntax item; a colon inside a variable ({@code
   * ${CONFIG:-./otel.yml}:/etc/otel.yml}) is the variable's.
   */
  static String[] fields(String item) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      if (c == '{' && i > 0 && item.charAt(i - 1) == '$') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0) {
        out.add(item.substring(start, i));
        start = i + 1;
      }
    }
    out.add(item.substring(start));
    return out.toArray(String[]::new);
  }

  private static List<Volume> read(KeyTree volumes) {
    List<Volume> out = new ArrayList<>();
    for (KeyTree item : volumes.items()) {
      LocatedEntry written = item.entry();
      if (written != null) {
        String[] parts = fields(written.value());
        String source = parts.length == 1 ? "" : parts[0];
        String target = parts.length == 1 ? parts[0] : parts[1];
        // A relative or absolute host path binds, so may a variable that names one
        // (${COLLECTOR_CONFIG}); a bare name is a named volume.
        boolean bind = source.startsWith(".") || source.startsWith("/") || source.startsWith("$");
        out.add(new Volume(source, target, bind, written));
      } else {
        LocatedEntry source = item.at("source").entry();
        String target = item.value("target");
        out.add(
            new Volume(
                source == null ? "" : source.value(),
                target == null ? "" : target,
                "bind".equals(item.value("type")) && source != null,
                source));
      }
    }
    return out;
  }

  /**
   * The host paths of the service's bind mounts, each where it is written and named by the path it
   * is mounted at in the container: {@code ./a:/b[:ro]} with a relative or absolute host path, or a
   * long syntax item of {@code type: bind}.
   */
  static List<Setting> binds(String file, KeyTree volumes) {
    List<Setting> out = new ArrayList<>();
    for (Volume v : read(volumes)) {
      if (v.bind()) {
        out.add(
            new Setting(
                v.target().isEmpty() ? "volumes" : v.target(),
                v.source(),
                ComposeFacts.loc(file, v.at())));
      }
    }
    return out;
  }

  /** True when one of the {@code volumes} items mounts over configuration. */
  static boolean replaceConfig(KeyTree volumes) {
    for (Volume v : read(volumes)) {
      if (!v.target().isEmpty() && isConfig(v.target())) {
        return true;
      }
    }
    return false;
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
