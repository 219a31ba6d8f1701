package dev.portcheck.core.rules;

import java.util.Locale;

/** Which services {@code well-known-port} holds host-side listeners against. */
public enum WellKnownPorts {
  /** The curated table of ports hosts commonly have taken (sshd, mail, DNS stub, databases). */
  HOST("host"),
  /** That table, and every other IANA name as an info. */
  IANA("iana");

  private final String id;

  WellKnownPorts(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** {@code host} or {@code iana}, case-blind. */
  public static WellKnownPorts parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (WellKnownPorts w : values()) {
      if (w.id.equals(t)) {
        return w;
      }
    }
    throw new IllegalArgumentException(
        "wellKnownPorts '" + text + "' is neither 'host' nor 'iana'");
  }
}
