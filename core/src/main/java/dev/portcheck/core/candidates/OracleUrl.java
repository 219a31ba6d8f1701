package dev.portcheck.core.candidates;

/**
 * Where the {@code host:port} of an Oracle thin JDBC URL sits. Its driver writes no {@code ://}:
 * {@code jdbc:oracle:thin:@//db:1521/ORCL} (EZConnect, a service name after the slash) and {@code
 * jdbc:oracle:thin:@db:1521:ORCL} (a SID after a third colon). A TNS descriptor
 * ({@code @(DESCRIPTION=...)}) is not read.
 */
public final class OracleUrl {
  private static final String PREFIX = "jdbc:oracle:";

  private OracleUrl() {}

  /**
   * The start and end of {@code host:port} in {@code value}, or null when it is no Oracle thin URL
   * with a port.
   */
  public static int[] hostPort(String value) {
    return hostPort(value, 0, value.length());
  }

  /**
   * The same for the URL written from {@code start} to {@code end} of {@code value}, the offsets
   * counted in {@code value}: a token of a longer value is read in place, with no copy.
   */
  public static int[] hostPort(String value, int start, int end) {
    if (end - start < PREFIX.length()
        || !value.regionMatches(true, start, PREFIX, 0, PREFIX.length())) {
      return null;
    }
    int at = value.indexOf('@', start);
    if (at < 0 || at >= end) {
      return null;
    }
    int from = value.startsWith("//", at + 1) ? at + 3 : at + 1;
    int to = from;
    int colons = 0;
    while (to < end) {
      char c = value.charAt(to);
      if (c == '/' || c == '?' || Character.isWhitespace(c) || c == '(' || c == ')') {
        break;
      }
      if (c == ':' && ++colons == 2) {
        break; // host:port:SID
      }
      to++;
    }
    int colon = value.lastIndexOf(':', to - 1);
    if (colon <= from || colon + 1 >= to) {
      return null;
    }
    for (int i = colon + 1; i < to; i++) {
      if (!Character.isDigit(value.charAt(i))) {
        return null;
      }
    }
    return to - colon - 1 <= 5 ? new int[] {from, to} : null;
  }
}
