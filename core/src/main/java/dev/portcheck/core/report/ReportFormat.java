package dev.portcheck.core.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The report formats {@code portcheck.formats} can name. */
public enum ReportFormat {
  JSON(JsonReporter::new),
  SARIF(SarifReporter::new),
  CHECKSTYLE(CheckstyleReporter::new),
  HTML(HtmlReporter::new);

  private final Supplier<Reporter> factory;

  ReportFormat(Supplier<Reporter> factory) {
    this.factory = factory;
  }

  public Reporter reporter() {
    return factory.get();
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReportFormat parse(String text) {
    for (ReportFormat f : values()) {
      if (f.id().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    StringBuilder known = new StringBuilder();
    for (ReportFormat f : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(f.id());
    }
    throw new IllegalArgumentException("unknown report format '" + text + "': expected " + known);
  }
}
