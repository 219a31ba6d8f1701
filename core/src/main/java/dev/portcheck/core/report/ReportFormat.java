package dev.portcheck.core.report;

import java.util.Locale;
import java.util.function.IntFunction;

/** The report formats {@code portcheck.formats} can name. */
public enum ReportFormat {
  JSON(JsonReporter::new),
  SARIF(threads -> new SarifReporter()),
  CHECKSTYLE(threads -> new CheckstyleReporter()),
  HTML(threads -> new HtmlReporter());

  private final IntFunction<Reporter> factory;

  ReportFormat(IntFunction<Reporter> factory) {
    this.factory = factory;
  }

  public Reporter reporter() {
    return reporter(1);
  }

  /** The reporter, allowed to use up to {@code threads} threads where its format can. */
  public Reporter reporter(int threads) {
    return factory.apply(threads);
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
