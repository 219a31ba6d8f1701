package dev.portcheck.core.wiring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The port a command calls on its own host: {@code localhost:9898/healthz}, {@code
 * http://127.0.0.1:8080/ready}, as an exec probe or a healthcheck runs them inside the container
 * they check. An address with no host ({@code grpc_health_probe -addr=:7000}) dials the local host
 * too, as Go's dialer and most tools read it. A local URL with no port calls its scheme's ({@code
 * curl http://127.0.0.1/health}: 80).
 */
final class LocalCalls {
  private static final Pattern LOCAL =
      Pattern.compile(
          "(?:(?:^|[/@\\s\"'=])(?:localhost|127\\.0\\.0\\.1|\\[::1\\]|0\\.0\\.0\\.0)|(?:^|[\\s=]))"
              + ":(\\d{1,5})(?![\\d.])");

  /** A local URL without a port: its scheme's, 80 for http and 443 for https. */
  private static final Pattern SCHEME_DEFAULT =
      Pattern.compile(
          "(?:^|[\\s\"'=])(https?)://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?=[/?#\\s\"']|$)");

  private LocalCalls() {}

  /** The first local port {@code word} calls, or -1. */
  static int port(String word) {
    Matcher m = LOCAL.matcher(word);
    if (!m.find()) {
      Matcher url = SCHEME_DEFAULT.matcher(word);
      return url.find() ? (url.group(1).equals("https") ? 443 : 80) : -1;
    }
    int port = Integer.parseInt(m.group(1));
    return port > 0 && port <= 65535 ? port : -1;
  }
}
