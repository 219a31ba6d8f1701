package dev.portcheck.core.candidates;

import java.util.List;
import java.util.function.Function;

/** The role a host key beside a port key gives it. */
final class HostSiblings {
  private HostSiblings() {}

  /**
   * A custom port key beside a key naming the host it belongs to ({@code elastic.host} with {@code
   * elastic.port}, {@code DB_HOST} with {@code DB_PORT}) is that host's port: dialled, not bound. A
   * wildcard host is a bind address, and under {@code server}, {@code http} or {@code grpc} the
   * host is where the server itself binds ({@code quarkus.http.host}).
   */
  static Role roleOf(FileKind kind, String key, Role role, Function<String, String> valueOf) {
    if (role == Role.CONNECT || kind == FileKind.KUBERNETES || kind == FileKind.HELM_VALUES) {
      return role;
    }
    java.util.regex.Matcher other = OTHERS_LISTENER.matcher(key);
    if (other.matches()
        && !SERVER_WORDS.contains(other.group(2).toLowerCase(java.util.Locale.ROOT))
        && !OWN_LISTENERS.contains(other.group(2).toLowerCase(java.util.Locale.ROOT))) {
      // worker.alert-listen-port beside worker.alert-listen-host: where the alert server listens,
      // which the worker dials; its own listener is worker.listen-port.
      String host =
          valueOf.apply(
              other.group(1)
                  + other.group(2)
                  + other.group(3)
                  + (Character.isUpperCase(key.charAt(key.length() - 1)) ? "HOST" : "host"));
      if (host != null && namesAHost(host.trim())) {
        return Role.CONNECT;
      }
    }
    String prefix;
    String[] hostKeys;
    if (key.regionMatches(true, key.length() - 5, ".port", 0, 5)) {
      prefix = key.substring(0, key.length() - 5);
      hostKeys = new String[] {prefix + ".host", prefix + ".hostname"};
    } else if (key.regionMatches(true, key.length() - 5, "_port", 0, 5)) {
      prefix = key.substring(0, key.length() - 5);
      boolean upper = Character.isUpperCase(key.charAt(key.length() - 1));
      hostKeys =
          upper
              ? new String[] {prefix + "_HOST", prefix + "_HOSTNAME"}
              : new String[] {prefix + "_host", prefix + "_hostname"};
    } else {
      return role;
    }
    if (KeyWords.hasWord(prefix, SERVER_WORDS)) {
      return role;
    }
    for (String hostKey : hostKeys) {
      String host = valueOf.apply(hostKey);
      if (host != null && namesAHost(host.trim())) {
        return Role.CONNECT;
      }
    }
    return role;
  }

  private static final List<String> SERVER_WORDS =
      List.of(
          "server", "http", "https", "grpc", "listen", "listener", "bind", "management", "admin");

  /** {@code <component>-listen-port} (or {@code _}): the last segment names whose listener. */
  private static final java.util.regex.Pattern OTHERS_LISTENER =
      java.util.regex.Pattern.compile(
          "(.*?)([A-Za-z0-9]+)([-_]listen[-_])port", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Qualifiers of a server's own listeners: {@code raft-listen-port}, {@code tcp_listen_port}. */
  private static final List<String> OWN_LISTENERS =
      List.of(
          "tcp",
          "udp",
          "rpc",
          "metrics",
          "web",
          "api",
          "raft",
          "gossip",
          "cluster",
          "peer",
          "internal",
          "external",
          "public",
          "private",
          "ssl",
          "tls",
          "jmx",
          "debug",
          "health",
          "status",
          "monitor",
          "monitoring",
          "client",
          "data",
          "control");

  private static boolean namesAHost(String host) {
    return !host.isEmpty()
        && !host.equals("0.0.0.0")
        && !host.equals("::")
        && !host.equals("[::]")
        && !host.equals("*");
  }
}
