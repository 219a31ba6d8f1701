package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code host:port} a client dials, found in a setting's value: a bare {@code host:port}, a URL
 * ({@code http://host:port/path}, {@code mongodb://user:pw@host:port}), a JDBC URL, or one of a
 * comma-separated list. Only explicit ports count: a scheme's default port depends on the client.
 *
 * @param offset where the host starts in the value
 */
public record Address(String host, int port, int offset) {

  // Host names as Kubernetes and compose write them: DNS labels joined by dots, with '_' for
  // compose.
  private static final Pattern HOST_PORT =
      Pattern.compile(
          "([A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?):(\\d{1,5})(?=$|[/?#,;\\s\"')])");

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

  private static boolean separator(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == '"' || c == '\'' || c == '=';
  }

  private static void token(String value, int from, int to, List<Address> out) {
    String t = value.substring(from, to);
    int begin = 0;
    int scheme = t.indexOf("://");
    if (scheme >= 0) {
      begin = scheme + 3;
    } else if (t.indexOf(':') != t.lastIndexOf(':')) {
      return; // several colons and no scheme: an IPv6 address, a time, a key:value list
    }
    int end = t.length();
    for (char stop : new char[] {'/', '?', '#'}) {
      int s = t.indexOf(stop, begin);
      if (s >= 0 && s < end) {
        end = s;
      }
    }
    int at = t.lastIndexOf('@', end - 1);
    if (at >= begin) {
      begin = at + 1;
    }
    Matcher m = HOST_PORT.matcher(t.substring(begin, end));
    if (m.matches()) {
      int port = Integer.parseInt(m.group(2));
      String host = m.group(1);
      if (port <= 65535 && (host.chars().anyMatch(Character::isLetter) || host.contains("."))) {
        out.add(new Address(host, port, from + begin));
      }
    }
  }
}
