package dev.portcheck.core.candidates;

/**
 * Which texts count as port numbers. Accepted: ASCII digits with an optional leading {@code +} or
 * {@code -} (leading zeros allowed, read as decimal, as Spring and the JDK do). Everything else
 * ({@code 0x1F90}, {@code 8_080}, {@code 8080.0}, {@code 1e3}, full-width digits) is not an integer
 * here and so a {@code port-range} error where a port is expected.
 */
public final class PortNumbers {
  private PortNumbers() {}

  /** One boxed value per port number, shared by every literal: a big tree holds millions. */
  private static final Long[] PORTS = new Long[65_536];

  static {
    for (int i = 0; i < PORTS.length; i++) {
      PORTS[i] = (long) i;
    }
  }

  /** {@code value} boxed, as a shared instance when it is a valid port. */
  public static Long box(long value) {
    return value >= 0 && value < PORTS.length ? PORTS[(int) value] : Long.valueOf(value);
  }

  /** The integer value of {@code text}, or null when it is not a decimal integer fitting a long. */
  public static Long parseInteger(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return null;
    }
    int start = (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
    if (start == t.length()) {
      return null;
    }
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return box(Long.parseLong(t.charAt(0) == '+' ? t.substring(1) : t));
    } catch (NumberFormatException tooLong) {
      return null;
    }
  }

  /**
   * The number {@code text} writes in one to five ASCII digits, nothing else around them (no sign,
   * no blank), or -1: how the wiring reads each number of a port spec or flag.
   */
  public static int plainNumber(String text) {
    int n = text.length();
    if (n == 0 || n > 5) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The port {@code text} writes, 1..65535 (blanks around allowed); -1 for anything else. */
  public static int port(String text) {
    int port = plainNumber(text.trim());
    return port > 0 && port <= 65535 ? port : -1;
  }

  /** True when {@code text} is made of ASCII digits only (possibly too many for a long). */
  public static boolean isDigits(String text) {
    String t = text.trim();
    int start = (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) ? 1 : 0;
    if (start >= t.length()) {
      return false;
    }
    for (int i = start; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
