package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.TemplateBranches;
import java.util.List;

/**
 * A Helm template whose values come from its chart's {@code values.yaml}, as the line reader read
 * it: the model reads it again once the values are known.
 *
 * @param file the template, relative to the module
 * @param entries every branch's entries, as the line reader reads them
 * @param branches its control blocks, for the renderer to tell which branches Helm keeps
 */
public record ChartTemplate(
    String file, List<LocatedEntry> entries, List<TemplateBranches.Branch> branches) {
  public ChartTemplate {
    entries = List.copyOf(entries);
    branches = List.copyOf(branches);
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
