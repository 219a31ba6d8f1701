package dev.portcheck.core.candidates;

import dev.portcheck.core.candidates.PortLiteral.Origin;
import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds port literals inside an (expanded, template-masked) value: a whole-value number, ports in
 * URL authorities ({@code jdbc:mysql://h1:3306,h2:3307/x}, {@code PLAINTEXT://:9092,SSL://:9093}),
 * and {@code host:port} lists ({@code a:9092,b:9093}, {@code 1@host:9093}, {@code host:2888:3888},
 * {@code [::1]:8080}).
 */
final class ValueScanner {
  /** host:port (and ZooKeeper's host:port:port) items; host may be [IPv6] or empty. */
  private static final Pattern HOST_PORT =
      Pattern.compile(
          "(?<=^|[,;\\s@=])(?:\\d+@)?(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_](?:[A-Za-z0-9_.\\-]*[A-Za-z0-9_])?|)"
              + "((?::[+-]?\\d+)+)(?=$|[,;\\s/])");

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private ValueScanner() {}

  /** A whole value that should be a port: trimmed text, one literal, whatever it holds. */
  static List<PortLiteral> wholeValue(LocatedEntry entry, Placeholders.Expanded x) {
    int[] bounds = trimmed(x.text());
    if (bounds[0] == bounds[1]) {
      return List.of();
    }
    return List.of(literal(entry, x, bounds[0], bounds[1], Side.SELF));
  }

  /** Start and end of {@code t} without surrounding blanks. */
  static int[] trimmed(String t) {
    int start = 0;
    int end = t.length();
    while (start < end && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  /**
   * Ports inside URLs of the value; empty when it holds no URL. Found from each {@code ://}
   * outwards (the scheme before it, the authority after it up to the path, query, fragment or the
   * next {@code scheme://} of a listener list), so the work stays linear in the value's length.
   */
  static List<PortLiteral> urls(LocatedEntry entry, Placeholders.Expanded x) {
    String t = x.text();
    List<PortLiteral> found = new ArrayList<>();
    int[] oracle = OracleUrl.hostPort(t);
    if (oracle != null) {
      hostsOfAuthority(entry, x, oracle[0], oracle[1], found);
      return found;
    }
    int sep = t.indexOf("://");
    while (sep >= 0) {
      int schemeStart = sep;
      while (schemeStart > 0 && isSchemeChar(t.charAt(schemeStart - 1))) {
        schemeStart--;
      }
      int next = t.indexOf("://", sep + 3);
      if (schemeStart < sep && Character.isLetter(t.charAt(schemeStart))) {
        int end = authorityEnd(t, sep + 3, next);
        hostsOfAuthority(entry, x, sep + 3, end, found);
      }
      sep = next;
    }
    return found;
  }

  private static boolean isSchemeChar(char c) {
    return c < 128
        && (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-' || c == '_');
  }

  /** The end of an authority: a path, query, fragment, blank or quote, or the next URL's scheme. */
  private static int authorityEnd(String t, int from, int nextSeparator) {
    int limit = t.length();
    if (nextSeparator >= 0) {
      int s = nextSeparator;
      while (s > from && isSchemeChar(t.charAt(s - 1))) {
        s--;
      }
      limit = s > from && t.charAt(s - 1) == ',' ? s - 1 : s;
    }
    for (int i = from; i < limit; i++) {
      char c = t.charAt(i);
      if (c == '/'
          || c == '?'
          || c == '#'
          || c == ';'
          || c == '"'
          || c == '\''
          || Character.isWhitespace(c)) {
        return i;
      }
    }
    return limit;
  }

  /** {@code [user@]host:port,host:port} items of one authority. */
  private static void hostsOfAuthority(
      LocatedEntry entry, Placeholders.Expanded x, int from, int to, List<PortLiteral> found) {
    String authority = x.text().substring(from, to);
    int at = authority.lastIndexOf('@');
    int offset = at >= 0 ? at + 1 : 0;
    for (String host : authority.substring(offset).split(",", -1)) {
      int colon = portColon(host);
      // A port that starts with no digit is a variable ($PORT) or template: unknown here.
      if (colon >= 0 && colon + 1 < host.length() && startsWithDigit(host.substring(colon + 1))) {
        int digits = colon + 1;
        while (digits < host.length() && Character.isDigit(host.charAt(digits))) {
          digits++;
        }
        // Digits followed by more text: a letter makes the port no number (80O0), where the URL
        // may be some program's own template; a sign or escape ends the port and begins text the
        // program appends (nginx's proxy_pass http://write:3100\$request_uri).
        if (digits == host.length()) {
          found.add(
              literal(entry, x, from + offset + colon + 1, from + offset + digits, Side.SELF));
        } else if (!Character.isLetterOrDigit(host.charAt(digits))
            && host.charAt(digits) != '.'
            && host.charAt(digits) != '_') {
          found.add(
              literal(entry, x, from + offset + colon + 1, from + offset + digits, Side.SELF));
        }
      }
      offset += host.length() + 1;
    }
  }

  /**
   * Ports of {@code host:port} items. With {@code hostListKey} false (the key does not say it lists
   * hosts) only unmistakable hosts count, and only when the items are the whole value: IPv4 and
   * bracketed IPv6 addresses, {@code localhost}, and template expressions; so {@code postgres:17}
   * (an image) and {@code 10:36:56} (a time) are no ports.
   */
  static List<PortLiteral> hostPorts(
      LocatedEntry entry, Placeholders.Expanded x, BooleanSupplier hostListKeyTest) {
    List<PortLiteral> found = new ArrayList<>();
    String text = x.text();
    if (!hasColonDigit(text)) {
      return found; // every host:port item has a colon followed by a digit or a sign
    }
    boolean hostListKey = hostListKeyTest.getAsBoolean();
    if (!hostListKey && !onlyHostPortCharacters(text)) {
      // The items must then cover the value, and a character no item can hold (the slash of an
      // image or path, the '=' of an option) leaves part of it uncovered: no pattern needed.
      return List.of();
    }
    Matcher m = HOST_PORT.matcher(text);
    int covered = 0;
    while (m.find()) {
      String host = m.group(1);
      if (!plausibleHost(host, hostListKey)) {
        continue;
      }
      covered += m.end() - m.start();
      int s = m.start(2);
      String ports = m.group(2);
      int k = 0;
      while (k < ports.length()) {
        int next = ports.indexOf(':', k + 1);
        int e = next < 0 ? ports.length() : next;
        found.add(literal(entry, x, s + k + 1, s + e, Side.SELF));
        k = e;
      }
    }
    if (!hostListKey && covered < countWithoutSeparators(text)) {
      return List.of(); // host:port must be the whole value when the key does not say so
    }
    return found;
  }

  private static boolean hasColonDigit(String text) {
    for (int i = text.indexOf(':'); i >= 0 && i + 1 < text.length(); i = text.indexOf(':', i + 1)) {
      char c = text.charAt(i + 1);
      if ((c >= '0' && c <= '9') || c == '+' || c == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when every character may be part of a {@code host:port} item of {@link #HOST_PORT} or
   * separate two of them: letters, digits, {@code _ . - : + @ [ ]}, commas, semicolons and blanks.
   */
  private static boolean onlyHostPortCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '-'
              || c == ':'
              || c == '+'
              || c == '@'
              || c == '['
              || c == ']'
              || c == ','
              || c == ';'
              || c == ' '
              || (c >= '\t' && c <= '\r');
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** The length of {@code text} without commas, semicolons and blanks. */
  private static int countWithoutSeparators(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean regexBlank = c == ' ' || (c >= '\t' && c <= '\r'); // the blanks of a regex \s
      if (c != ',' && c != ';' && !regexBlank) {
        n++;
      }
    }
    return n;
  }

  /** A host that is all template ({@link TemplateMask#MASK}); a loop, as this runs per host. */
  private static boolean isMasked(String host) {
    for (int i = 0; i < host.length(); i++) {
      if (host.charAt(i) != TemplateMask.MASK) {
        return false;
      }
    }
    return !host.isEmpty();
  }

  private static boolean plausibleHost(String host, boolean hostListKey) {
    if (host.startsWith("[")
        || IPV4.matcher(host).matches()
        || host.equals("localhost")
        || isMasked(host)) {
      return true;
    }
    if (!hostListKey) {
      return false;
    }
    return host.isEmpty() || Character.isLetter(host.charAt(0)); // 10:36:56 is a time
  }

  private static boolean startsWithDigit(String text) {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }

  /** The colon before the port in {@code host:port} or {@code [v6]:port}; -1 when none. */
  private static int portColon(String hostPort) {
    int close = hostPort.lastIndexOf(']');
    int colon = hostPort.lastIndexOf(':');
    return colon > close ? colon : -1;
  }

  static PortLiteral literal(
      LocatedEntry entry, Placeholders.Expanded x, int start, int end, Side side) {
    String text = x.text().substring(start, end);
    Origin origin = x.originOf(start);
    int sourceOffset = x.offsetOf(start);
    Position p = entry.positionOf(sourceOffset);
    return PortLiteral.parse(text, p.line(), p.column(), origin, side);
  }

  /**
   * The whole value as one port, where a text that is no integer is certainly a mistake: in the
   * port fields whose schema portcheck knows (an application's settings, Kubernetes objects,
   * compose ports; {@link FileKind#hasKnownPortSchema}). A port key elsewhere is another program's
   * setting, whose syntax may be its own ({@code 8086:8086}, a list, a variable): no integer there
   * is unknown, never a range error, and neither is a placeholder's default that is no integer
   * ({@code ${env:PORT}}) nor, outside an application's own files, a negative one ({@code
   * ${X:-9002}} in a shell-style file).
   */
  static List<PortLiteral> understoodWholeValue(
      LocatedEntry e, Placeholders.Expanded x, FileKind kind) {
    List<PortLiteral> whole = wholeValue(e, x);
    if (whole.isEmpty()) {
      return whole;
    }
    PortLiteral p = whole.get(0);
    boolean fromDefault = p.origin() == PortLiteral.Origin.PLACEHOLDER_DEFAULT;
    boolean number = p.isInteger() || PortNumbers.isDigits(p.text());
    if (!number && (fromDefault || !kind.hasKnownPortSchema(e.key()))
        || fromDefault && p.value() < 0 && kind != FileKind.APPLICATION) {
      return List.of();
    }
    return whole;
  }
}
