package dev.portcheck.core.wiring;

import java.util.Locale;

/** Whether a connection lands on a listener, as far as the module's files say. */
public enum EdgeState {
  OK,
  BROKEN,
  UNKNOWN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
