package dev.portcheck.core.wiring;

/**
 * A named value that may hold an address: a container's env var, a ConfigMap entry, a compose
 * {@code environment} entry, a healthcheck argument.
 */
public record Setting(String name, String value, Loc loc) {
  /** Longer values are seldom repeated: a table entry would cost more than it saves. */
  private static final int SHARED_UP_TO = 128;

  public Setting {
    // Kept until the module's wiring is judged, and repeated across files (the same variable in
    // every service of a compose project): one copy of each short name and value.
    name = name.intern();
    value = value.length() <= SHARED_UP_TO ? value.intern() : value;
  }
}
