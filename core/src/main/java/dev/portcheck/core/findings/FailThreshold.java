package dev.portcheck.core.findings;

import java.util.Locale;

/** The lowest severity that fails a build, or {@link #NONE} to never fail. */
public enum FailThreshold {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NONE(null);

  private final Severity lowest;

  FailThreshold(Severity lowest) {
    this.lowest = lowest;
  }

  /** True when a finding of this severity fails the build. */
  public boolean fails(Severity severity) {
    return lowest != null && severity.isAtLeast(lowest);
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code none}. */
  public static FailThreshold parse(String text) {
    String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (FailThreshold t : values()) {
      if (t.name().equals(wanted)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown failOnSeverity '" + text + "': expected error, warning, info or none");
  }
}
