package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.OracleUrl;
import dev.portcheck.core.candidates.TemplateMask;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code host:port} a client dials, found in a setting's value: a bare {@code host:port}, a URL
 * ({@code http://host:port/path}, {@code mongodb://user:pw@host:port}), a JDBC URL, a Go MySQL DSN
 * ({@code user:pw@tcp(db:3306)/shop}), or one of a comma-separated list. Only explicit ports count,
 * except where a setting's whole value is one {@code http} or {@code https} URL ({@link #dialed}):
 * every HTTP client dials 80 or 443 there; other schemes' defaults depend on the client.
 *
 * @param offset where the host starts in the value
 * @param implied true when no port is written and the port is the URL scheme's default
 */
public record Address(String host, int port, int offset, boolean implied) {

  public Address(String host, int port, int offset) {
    this(host, port, offset, false);
  }

  private static final java.util.Set<String> LOOPBACK =
      java.util.Set.of("localhost", "127.0.0.1", "::1", "[::1]");

  /** True when the host is the machine's own: {@code localhost}, {@code 127.0.0.1}, {@code ::1}. */
  public boolean loopback() {
    return LOOPBACK.contains(host.toLowerCase(java.util.Locale.ROOT));
  }

  /** The address as a message shows it: {@code host:port}, or the host and its implied port. */
  public String shown() {
    return implied
        ? host + " at port " + port + " (the default of its URL's scheme: no port is written)"
        : host + ":" + port;
  }

  /**
   * The addresses a setting dials when {@code value} is its whole value: those {@link #in} finds,
   * or, for a value that is one {@code http} or {@code https} URL without a port ({@code
   * http://coupon-api/api}), its host at 80 or 443, which the URL standard makes the port.
   */
  public static List<Address> dialed(String value) {
    List<Address> out = in(value);
    if (out.isEmpty()) {
      implied(value).ifPresent(out::add);
    }
    return out;
  }

  /** {@link #dialed} with hosts that chart template text writes, as {@link #inTemplate} reads. */
  public static List<Address> dialedInTemplate(String value) {
    return TemplateMask.hasTemplate(value)
        ? asWritten(value, dialed(TemplateMask.mask(value)))
        : dialed(value);
  }

  /** Addresses read in the masked {@code value}, each host as {@code value} writes it. */
  private static List<Address> asWritten(String value, List<Address> masked) {
    List<Address> out = new ArrayList<>();
    for (Address a : masked) {
      out.add(
          new Address(
              value.substring(a.offset(), a.offset() + a.host().length()),
              a.port(),
              a.offset(),
              a.implied()));
    }
    return out;
  }

  /** The host of a value that is one http(s) URL with no port, at its scheme's default. */
  private static java.util.Optional<Address> implied(String value) {
    int from = 0;
    int to = value.length();
    while (from < to && Character.isWhitespace(value.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
      to--;
    }
    int port;
    int begin;
    if (value.regionMatches(true, from, "http://", 0, 7)) {
      port = 80;
      begin = from + 7;
    } else if (value.regionMatches(true, from, "https://", 0, 8)) {
      port = 443;
      begin = from + 8;
    } else {
      return java.util.Optional.empty();
    }
    int end = to;
    for (int i = begin; i < to; i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == ';') {
        return java.util.Optional.empty(); // more than one word: not a URL alone
      }
      if (end == to && (c == '/' || c == '?' || c == '#')) {
        end = i;
      }
    }
    int at = lastIndexOf(value, '@', begin, end);
    begin = at >= 0 ? at + 1 : begin;
    if (begin >= end
        || indexOf(value, ':', begin, end) >= 0
        || !isHost(value, begin, end)
        || !hasLetterOrDot(value, begin, end)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Address(value.substring(begin, end), port, begin, true));
  }

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
    // Each action masked by letters of its length: the offsets stay those of the written value.
    return TemplateMask.hasTemplate(value)
        ? asWritten(value, in(TemplateMask.mask(value)))
        : in(value);
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
    if (goDsn(value, from, to, out)) {
      return;
    }
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

  /**
   * Go's MySQL driver's DSN, {@code [user[:password]@]tcp(host:port)/dbname}: the address is what
   * the parentheses hold. True when the token is one, whether or not it has a port.
   */
  private static boolean goDsn(String value, int from, int to, List<Address> out) {
    int open;
    if (value.startsWith("tcp(", from)) {
      open = from + 4;
    } else {
      int at = value.indexOf("@tcp(", from);
      if (at < 0 || at + 5 > to) {
        return false;
      }
      open = at + 5;
    }
    int close = indexOf(value, ')', open, to);
    int colon = close < 0 ? -1 : lastIndexOf(value, ':', open, close);
    if (colon > open
        && close - colon - 1 >= 1
        && close - colon - 1 <= 5
        && isHost(value, open, colon)
        && hasLetterOrDot(value, open, colon)) {
      int port = 0;
      for (int i = colon + 1; i < close; i++) {
        char c = value.charAt(i);
        if (c < '0' || c > '9') {
          return true;
        }
        port = port * 10 + (c - '0');
      }
      if (port <= 65535) {
        out.add(new Address(value.substring(open, colon), port, open));
      }
    }
    return true;
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
