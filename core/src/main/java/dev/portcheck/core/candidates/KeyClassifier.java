package dev.portcheck.core.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides from a key alone whether it names a port, and which way the port is used. A key names a
 * port when the last word of its last segment is {@code port} or {@code ports} ({@code
 * server.port}, {@code containerPort}, {@code KAFKA_PORT}, {@code ssl-port}); words merely
 * containing "port" ({@code transport}, {@code support}, {@code targetPortal}) do not.
 */
public final class KeyClassifier {
  private KeyClassifier() {}

  /** The role of a port key, or empty when the key does not name a port. */
  public static Optional<Role> classify(String key) {
    String last = lastSegment(key);
    List<String> words = words(last);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String lastWord = words.get(words.size() - 1);
    if (!lastWord.equals("port") && !lastWord.equals("ports")) {
      return Optional.empty();
    }
    return Optional.of(roleOf(key.toLowerCase(Locale.ROOT), words));
  }

  /** True for a {@code ports} list item such as {@code services.web.ports[0]}. */
  public static boolean isPortsListItem(String key) {
    return key.endsWith("]") && lastSegment(key).equals("ports");
  }

  private static Role roleOf(String lowerKey, List<String> lastWords) {
    if (containsAny(lowerKey, "datasource", "jdbc", "redis", "mail", "smtp", "mongodb", "client",
        "remote", "target", "upstream", "proxy", "database", "db.", "broker", "rabbitmq", "kafka",
        "elasticsearch", "eureka", "zipkin", "cassandra", "probe", "liveness", "readiness",
        "connect")) {
      if (!containsAny(lowerKey, "server.port", "listen", "container")) {
        return Role.CONNECT;
      }
    }
    if (containsAny(lowerKey, "server", "http", "https", "grpc", "listen", "bind", "container",
        "host", "node", "management", "admin", "expose", "jmx", "debug", "ssl", "tls")
        || lowerKey.equals("port")) {
      return Role.LISTEN;
    }
    if (lastWords.size() > 1 && (lastWords.contains("client") || lastWords.contains("admin"))) {
      return Role.LISTEN;
    }
    return Role.UNKNOWN;
  }

  private static boolean containsAny(String s, String... parts) {
    for (String p : parts) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** The last path segment without list indexes or brackets: {@code a.b[0]} gives {@code b}. */
  public static String lastSegment(String key) {
    String k = key;
    while (k.endsWith("]")) {
      int open = k.lastIndexOf('[');
      if (open < 0) {
        break;
      }
      String inner = k.substring(open + 1, k.length() - 1);
      if (inner.startsWith("\"") && inner.endsWith("\"") && inner.length() >= 2) {
        return inner.substring(1, inner.length() - 1);
      }
      k = k.substring(0, open);
    }
    int dot = k.lastIndexOf('.');
    return dot >= 0 ? k.substring(dot + 1) : k;
  }

  /** Splits camelCase, snake_case, kebab-case and dotted names into lower-case words. */
  public static List<String> words(String segment) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      boolean boundary = !Character.isLetterOrDigit(c);
      boolean camel =
          Character.isUpperCase(c) && i > 0 && Character.isLowerCase(segment.charAt(i - 1));
      if (boundary || camel) {
        if (current.length() > 0) {
          words.add(current.toString().toLowerCase(Locale.ROOT));
          current.setLength(0);
        }
        if (boundary) {
          continue;
        }
      }
      current.append(c);
    }
    if (current.length() > 0) {
      words.add(current.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
