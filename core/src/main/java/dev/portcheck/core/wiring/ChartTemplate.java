package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.List;

/**
 * A Helm template whose values come from its chart's {@code values.yaml}, as the line reader read
 * it: the model reads it again once the values are known.
 *
 * @param file the template, relative to the module
 */
public record ChartTemplate(String file, List<LocatedEntry> entries) {
  public ChartTemplate {
    entries = List.copyOf(entries);
  }

  /** The chart folder: the one holding {@code templates/}; empty at the module's top. */
  public String chart() {
    return chartOf(file);
  }

  /** The chart folder of {@code file} under a {@code templates/} folder, or null. */
  public static String chartOf(String file) {
    if (file.startsWith("templates/")) {
      return "";
    }
    int at = file.lastIndexOf("/templates/");
    return at < 0 ? null : file.substring(0, at);
  }
}
