package dev.portcheck.core.wiring;

import java.util.regex.Pattern;

/**
 * A Kubernetes int-or-string port field: a number, a port name, or unknown (a templated or
 * otherwise unreadable value, about which nothing may be concluded).
 */
public record PortRef(Kind kind, int number, String name) {

  /** What the field holds. */
  public enum Kind {
    NUMBER,
    NAME,
    UNKNOWN
  }

  public static final PortRef UNKNOWN = new PortRef(Kind.UNKNOWN, -1, "");

  // A container port name (IANA_SVC_NAME) or a Service port name (DNS label): letters, digits, '-'.
  private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  public static PortRef number(int number) {
    return new PortRef(Kind.NUMBER, number, "");
  }

  public static PortRef name(String name) {
    return new PortRef(Kind.NAME, -1, name);
  }

  /** Reads a field's text: digits are a number, a port-name-shaped word a name, else unknown. */
  public static PortRef parse(String text) {
    String t = text.trim();
    if (t.isEmpty() || t.contains("{{")) {
      return UNKNOWN;
    }
    boolean digits = true;
    boolean letter = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      digits &= c >= '0' && c <= '9';
      letter |= Character.isLetter(c);
    }
    if (digits) {
      return t.length() <= 5 ? number(Integer.parseInt(t)) : UNKNOWN;
    }
    return letter && NAME.matcher(t).matches() ? name(t) : UNKNOWN;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  public boolean isName() {
    return kind == Kind.NAME;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NUMBER -> Integer.toString(number);
      case NAME -> "'" + name + "'";
      case UNKNOWN -> "?";
    };
  }
}
