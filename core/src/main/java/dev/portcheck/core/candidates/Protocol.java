package dev.portcheck.core.candidates;

import java.util.Locale;
import java.util.Optional;

/** Transport protocols a port belongs to. */
public enum Protocol {
  TCP,
  UDP,
  SCTP;

  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }

  /**
   * The protocol a port field declares: TCP when it declares none ({@code null}) or one unknown, as
   * Kubernetes, compose and Docker take it.
   */
  public static Protocol declared(String text) {
    return text == null ? TCP : parse(text).orElse(TCP);
  }

  public static Optional<Protocol> parse(String text) {
    for (Protocol p : values()) {
      if (p.name().equalsIgnoreCase(text.trim())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
