package dev.portcheck.core.findings;

/**
 * The three IANA seed ranges. Nothing technical separates them, so they only inform messages and
 * warnings.
 */
public enum PortRange {
  SYSTEM("system", 0, 1023),
  REGISTERED("registered", 1024, 49151),
  DYNAMIC("dynamic", 49152, 65535);

  public static final int MAX_PORT = 65535;

  private final String label;
  private final int first;
  private final int last;

  PortRange(String label, int first, int last) {
    this.label = label;
    this.first = first;
    this.last = last;
  }

  public String label() {
    return label;
  }

  public int first() {
    return first;
  }

  public int last() {
    return last;
  }

  /** The range holding {@code port}; the port must lie in 0..65535. */
  public static PortRange of(int port) {
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    return port <= SYSTEM.last ? SYSTEM : port <= REGISTERED.last ? REGISTERED : DYNAMIC;
  }

  /** Text such as {@code system range 0-1023} for messages. */
  public String describe() {
    return label + " range " + first + "-" + last;
  }
}
