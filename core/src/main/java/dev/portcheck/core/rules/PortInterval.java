package dev.portcheck.core.rules;

/** An inclusive range of ports such as {@code 30000-32767}, for range settings of rules. */
public record PortInterval(int first, int last) {
  public static final PortInterval LINUX_CLIENT_PORTS = new PortInterval(32768, 60999);
  public static final PortInterval KUBERNETES_NODE_PORTS = new PortInterval(30000, 32767);

  public PortInterval {
    if (first < 0 || last > 65535 || first > last) {
      throw new IllegalArgumentException(
          "port range "
              + first
              + "-"
              + last
              + " is not a range of ports: expected first-last within 0-65535, first <= last");
    }
  }

  /** Whether {@code port} lies in this range, its ends included. */
  public boolean contains(int port) {
    return port >= first && port <= last;
  }

  /**
   * {@code first-last}, as it is configured and as messages quote it. Not {@code toString}: the
   * incremental index's fingerprint holds the record's own text.
   */
  public String describe() {
    return first + "-" + last;
  }

  /** Parses {@code first-last}. */
  public static PortInterval parse(String text) {
    String[] parts = text.trim().split("-");
    try {
      if (parts.length == 2) {
        return new PortInterval(
            Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a port range: expected first-last, " + "such as 30000-32767");
  }
}
