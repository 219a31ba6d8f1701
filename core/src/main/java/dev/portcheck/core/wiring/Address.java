package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.OracleUrl;
import dev.portcheck.core.candidates.TemplateMask;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code host:port} a client dials, found in a setting's value: a bare {@code host:port}, a URL
 * ({@code http://host:port/path}, {@code mongodb://user:pw@host:port}), a JDBC URL, or one of a
 * comma-separated list. Only explicit ports count: a scheme's default port depends on the client.
 *
 * @param offset where the host starts in the value
 */
public record Address(String host, int port, int offset) {

  /** The addresses in {@code value}, in order. */
  public static List<Address> in(String value) {
    List<Address> out = new ArrayList<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      int start = i;
      while (i < n && !separator(value.charAt(i))) {
        i++;
      }
      token(value, start, i, out);
      i++;
    }
    return out;
  }

  /**
   * The addresses in {@code value}, also those whose host a chart template writes as template text
   * ({@code http://{{ include "shop.fullname" . }}-api:8080}): each action is read as part of a
   * host name, so the address's host is that text as written. A port written as template text is no
   * port: only digits count.
   */
  public static List<Address> inTemplate(String value) {
    if (!TemplateMask.hasTemplate(value)) {
      return in(value);
    }
    // Each action masked by letters of its length: the offsets stay those of the written value.
    List<Address> out = new ArrayList<>();
    for (Address a : in(TemplateMask.mask(value))) {
      out.add(
          new Address(
              value.substring(a.offset(), a.offset() + a.host().length()), a.port(), a.offset()));
    }
    return out;
  }

  private static boolean separator(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == '"' || c == '\'' || c == '=';
  }

  /**
   * The address a token ({@code value} from {@code from} to {@code to}) holds: after a scheme and
   * any user, up to a path, query or fragment, the whole rest must be a host name as Kubernetes and
   * compose write them (DNS labels joined by dots, with '_' for compose) and a port of 1-5 digits.
   * Scanned by hand: this runs for every value that may hold an address.
   */
  private static void token(String value, int from, int to, List<Address> out) {
    int[] oracle = OracleUrl.hostPort(value, from, to);
    if (oracle != null) {
      // No scheme separator to find: the host starts after '@' or '@//' and ends at the port.
      int colon = lastIndexOf(value, ':', oracle[0], oracle[1]);
      if (colon > oracle[0]
          && isHost(value, oracle[0], colon)
          && hasLetterOrDot(value, oracle[0], colon)) {
        int port = Integer.parseInt(value, colon + 1, oracle[1], 10);
        if (port <= 65535) {
          out.add(new Address(value.substring(oracle[0], colon), port, oracle[0]));
        }
      }
      return;
    }
    int begin = from;
    int scheme = schemeEnd(value, from, to);
    if (scheme >= 0) {
      begin = scheme + 3;
    } else if (indexOf(value, ':', from, to) != lastIndexOf(value, ':', from, to)) {
      return; // several colons and no scheme: an IPv6 address, a time, a key:value list
    }
    int end = to;
    for (int i = begin; i < to; i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    int at = lastIndexOf(value, '@', begin, end);
    if (at >= 0) {
      begin = at + 1;
    }
    int colon = lastIndexOf(value, ':', begin, end);
    int digits = end - colon - 1;
    // An absolute DNS name ends in the root's dot (catalog.shop.svc.cluster.local.): the same name.
    int hostEnd = colon > begin + 1 && value.charAt(colon - 1) == '.' ? colon - 1 : colon;
    if (colon <= begin || digits < 1 || digits > 5 || !isHost(value, begin, hostEnd)) {
      return;
    }
    int port = 0;
    for (int i = colon + 1; i < end; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return;
      }
      port = port * 10 + (c - '0');
    }
    if (port <= 65535 && hasLetterOrDot(value, begin, hostEnd)) {
      out.add(new Address(value.substring(begin, hostEnd), port, begin));
    }
  }

  /** {@code [A-Za-z0-9]}, then {@code [-A-Za-z0-9_.]}, ending with {@code [A-Za-z0-9]}. */
  private static boolean isHost(String value, int from, int to) {
    if (!isAlnum(value.charAt(from)) || !isAlnum(value.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = value.charAt(i);
      if (!isAlnum(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetterOrDot(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Where the first {@code ://} of the token starts, or -1. */
  private static int schemeEnd(String value, int from, int to) {
    for (int i = from; i + 3 <= to; i++) {
      if (value.charAt(i) == ':' && value.charAt(i + 1) == '/' && value.charAt(i + 2) == '/') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(String value, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (value.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(String value, char c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (value.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
