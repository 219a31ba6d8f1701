package dev.portcheck.core.candidates;

import dev.portcheck.core.candidates.PortLiteral.Origin;
import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds port literals inside an (expanded, template-masked) value: a whole-value number, ports in
 * URL authorities ({@code jdbc:mysql://h1:3306,h2:3307/x}, {@code PLAINTEXT://:9092,SSL://:9093}),
 * and {@code host:port} lists ({@code a:9092,b:9093}, {@code 1@host:9093}, {@code
 * host:2888:3888}, {@code [::1]:8080}).
 */
final class ValueScanner {
  /**
   * A URL scheme and its authority: everything up to the path, query or fragment, or up to the
   * next {@code scheme://} of a listener list.
   */
  private static final Pattern URL =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*)://((?:(?!,?[A-Za-z][A-Za-z0-9+.\\-_]*://)[^/?#\\s\"'])*)");

  /** host:port (and ZooKeeper's host:port:port) items; host may be [IPv6] or empty. */
  private static final Pattern HOST_PORT =
      Pattern.compile(
          "(?<=^|[,;\\s@=])(?:\\d+@)?(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_](?:[A-Za-z0-9_.\\-]*[A-Za-z0-9_])?|)"
              + "((?::[+-]?\\d+)+)(?=$|[,;\\s/])");

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private ValueScanner() {}

  /** A whole value that should be a port: trimmed text, one literal, whatever it holds. */
  static List<PortLiteral> wholeValue(LocatedEntry entry, Placeholders.Expanded x) {
    String t = x.text();
    int start = 0;
    int end = t.length();
    while (start < end && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return List.of();
    }
    return List.of(literal(entry, x, start, end, Side.SELF));
  }

  /** Ports inside URLs of the value; empty when it holds no URL. */
  static List<PortLiteral> urls(LocatedEntry entry, Placeholders.Expanded x) {
    List<PortLiteral> found = new ArrayList<>();
    Matcher m = URL.matcher(x.text());
    while (m.find()) {
      String authority = m.group(2);
      int base = m.start(2);
      int at = authority.lastIndexOf('@');
      int from = at >= 0 ? at + 1 : 0;
      for (String host : authority.substring(from).split(",", -1)) {
        int colon = portColon(host);
        // A port that starts with no digit is a variable ($PORT) or template: unknown here.
        if (colon >= 0 && colon + 1 < host.length() && startsWithDigit(host.substring(colon + 1))) {
          int s = base + from + colon + 1;
          found.add(literal(entry, x, s, base + from + host.length(), Side.SELF));
        }
        from += host.length() + 1;
      }
    }
    return found;
  }

  /**
   * Ports of {@code host:port} items. With {@code hostListKey} false (the key does not say it
   * lists hosts) only unmistakable hosts count, and only when the items are the whole value:
   * IPv4 and bracketed IPv6 addresses, {@code localhost}, and template expressions; so {@code
   * postgres:17} (an image) and {@code 10:36:56} (a time) are no ports.
   */
  static List<PortLiteral> hostPorts(
      LocatedEntry entry, Placeholders.Expanded x, boolean hostListKey) {
    List<PortLiteral> found = new ArrayList<>();
    String text = x.text();
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
    if (!hostListKey && covered < text.replaceAll("[,;\\s]", "").length()) {
      return List.of(); // host:port must be the whole value when the key does not say so
    }
    return found;
  }

  private static boolean plausibleHost(String host, boolean hostListKey) {
    if (host.startsWith("[") || IPV4.matcher(host).matches() || host.equals("localhost")
        || (!host.isEmpty() && host.chars().allMatch(c -> c == TemplateMask.MASK))) {
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
    Origin origin = x.origins().length > start ? x.origins()[start] : Origin.LITERAL;
    int sourceOffset = x.offsets().length > start ? x.offsets()[start] : 0;
    Position p = entry.positionOf(sourceOffset);
    return PortLiteral.parse(text, p.line(), p.column(), origin, side);
  }
}
