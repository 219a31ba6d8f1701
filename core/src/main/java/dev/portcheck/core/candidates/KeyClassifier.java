package dev.portcheck.core.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from a key alone whether it names a port, and which way the port is used. A key names a
 * port when the last word of its last segment is {@code port} or {@code ports} ({@code
 * server.port}, {@code containerPort}, {@code KAFKA_PORT}, {@code ssl-port}); words merely
 * containing "port" ({@code transport}, {@code support}, {@code targetPortal}) do not. A key whose
 * parent names ports ({@code containerPorts.http}, {@code service.ports.client}, Istio {@code
 * port.number}) names a port too when its value is a number.
 */
public final class KeyClassifier {
  private static final Set<String> NOT_A_PORT_FIELD = Set.of("name", "protocol", "appprotocol");

  private KeyClassifier() {}

  /** The role of a port key, or empty when the key does not name a port. */
  public static Optional<Role> classify(String key) {
    if (!namesPort(key)) {
      return Optional.empty();
    }
    return Optional.of(roleOf(key));
  }

  /**
   * True when "port" appears anywhere in the key, in any case: a cheap test that every key naming a
   * port, or sitting under a parent that names ports, passes.
   */
  public static boolean mentionsPort(String key) {
    int last = key.length() - 4;
    for (int i = 0; i <= last; i++) {
      if ((key.charAt(i) | 0x20) == 'p'
          && (key.charAt(i + 1) | 0x20) == 'o'
          && (key.charAt(i + 2) | 0x20) == 'r'
          && (key.charAt(i + 3) | 0x20) == 't') {
        return true;
      }
    }
    return false;
  }

  /** True when the key itself says port ({@code server.port}, {@code hostPort}, {@code PORT}). */
  public static boolean namesPort(String key) {
    if (!mentionsPort(key)) {
      return false;
    }
    List<String> words = words(lastSegment(key));
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    return last.equals("port") || last.equals("ports");
  }

  /**
   * True for a field under a parent that names ports ({@code containerPorts.http}, {@code
   * port.number}); the caller still checks that the value is a number.
   */
  public static boolean isUnderPortParent(String key) {
    if (!mentionsPort(key)) {
      return false;
    }
    List<String> segments = segments(key);
    if (segments.size() < 2) {
      return false;
    }
    String field = segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
    if (NOT_A_PORT_FIELD.contains(field) || allDigits(field)) {
      return false;
    }
    List<String> parentWords = words(segments.get(segments.size() - 2));
    if (parentWords.isEmpty()) {
      return false;
    }
    String last = parentWords.get(parentWords.size() - 1);
    return last.equals("ports") || last.equals("port");
  }

  /** True for a {@code ports} list item such as {@code services.web.ports[0]}. */
  public static boolean isPortsListItem(String key) {
    return key.endsWith("]") && lastSegment(key).equals("ports");
  }

  /** Which way a port setting is used, from the words of its whole path. */
  public static Role roleOf(String key) {
    List<String> segments = segments(key);
    List<String> lastWords = words(segments.isEmpty() ? key : segments.get(segments.size() - 1));
    List<String> parentWords = new ArrayList<>();
    for (int i = 0; i < segments.size() - 1; i++) {
      parentWords.addAll(words(segments.get(i)));
    }
    // "client" in a parent (rest-client, eureka.client) is a client; in the port's own name
    // (ZooKeeper clientPort, ZOO_CLIENT_PORT) it is the port clients use, so the server listens on
    // it. "clients" names the client side anywhere: an environment variable is a whole path in one
    // name (QUARKUS_GRPC_CLIENTS_LOCATIONS_PORT, quarkus.grpc.clients.locations.port).
    boolean connect =
        parentWords.contains("client")
            || parentWords.contains("clients")
            || lastWords.contains("clients")
            || anyIn(parentWords, RoleWords.CONNECT)
            || anyIn(lastWords, RoleWords.CONNECT);
    boolean listenHere =
        lastWords.contains("listen")
            || lastWords.contains("server")
            || lastWords.contains("bind")
            || lastWords.contains("container")
            || lastWords.contains("host")
            || lastWords.contains("node");
    if (connect && !listenHere && !parentWords.contains("listeners")) {
      return Role.CONNECT;
    }
    // A top-level port key configures the file's own server; a port listed under "ports" is what
    // a Service or container exposes.
    if (anyIn(parentWords, RoleWords.LISTEN)
        || anyIn(lastWords, RoleWords.LISTEN)
        || segments.size() == 1
        || parentWords.contains("ports")) {
      return Role.LISTEN;
    }
    return Role.UNKNOWN;
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean anyIn(List<String> words, Set<String> set) {
    for (String w : words) {
      if (set.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The last path segment without list indexes or brackets: {@code a.b[0]} gives {@code b}. */
  public static String lastSegment(String key) {
    if (key.indexOf('"') < 0) {
      // No quoted segment: drop trailing [n] indexes and take what follows the last dot.
      int end = key.length();
      while (end > 0 && key.charAt(end - 1) == ']') {
        end = key.lastIndexOf('[', end - 1);
      }
      int start = end > 0 ? key.lastIndexOf('.', end - 1) + 1 : 0;
      int close = key.indexOf(']', start);
      // No bracket inside the segment itself; the indexes after it ({@code ports[0]}) are dropped.
      if (start < end && key.lastIndexOf('[', end - 1) < start && (close < 0 || close >= end)) {
        return key.substring(start, end);
      }
    }
    List<String> segments = segments(key);
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
  }

  /**
   * Splits a key path into segments: dots separate, {@code [0]} indexes are dropped, {@code
   * ["a.b"]} and Quarkus-quoted {@code "a.b"} segments stay whole.
   */
  public static List<String> segments(String key) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    while (i < key.length()) {
      char c = key.charAt(i);
      if (c == '[' && i + 1 < key.length() && key.charAt(i + 1) == '"') {
        int close = key.indexOf("\"]", i + 2);
        if (close > 0) {
          flush(out, cur);
          out.add(key.substring(i + 2, close));
          i = close + 2;
          continue;
        }
      }
      if (c == '"') {
        int close = key.indexOf('"', i + 1);
        if (close > 0) {
          cur.append(key, i + 1, close);
          i = close + 1;
          continue;
        }
      }
      if (c == '[') {
        int close = key.indexOf(']', i);
        if (close > 0) {
          flush(out, cur);
          i = close + 1;
          continue;
        }
      }
      if (c == '.') {
        flush(out, cur);
      } else {
        cur.append(c);
      }
      i++;
    }
    flush(out, cur);
    return out;
  }

  private static void flush(List<String> out, StringBuilder cur) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** Splits camelCase, snake_case, kebab-case and dotted names into lower-case words. */
  public static List<String> words(String segment) {
    List<String> words = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      boolean boundary = !Character.isLetterOrDigit(c);
      boolean camel =
          Character.isUpperCase(c) && i > 0 && Character.isLowerCase(segment.charAt(i - 1));
      if ((boundary || camel) && start >= 0) {
        words.add(segment.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (!boundary && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      words.add(segment.substring(start).toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
