package dev.portcheck.core.findings;

import java.util.Locale;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** True when this severity is as serious as {@code other} or more. */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /**
   * Lower-case name used in reports and configuration ({@code error}, {@code warning}, {@code
   * info}).
   */
  public String id() {
    return id;
  }

  /** Parses {@code error}, {@code warning} or {@code info}, case-insensitively. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + text + "': expected error, warning or info");
  }
}
