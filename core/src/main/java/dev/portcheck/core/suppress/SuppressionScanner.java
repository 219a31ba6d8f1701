package dev.portcheck.core.suppress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code portcheck:ignore} comments in a file's text. The marker must follow a {@code #}
 * (YAML, .properties, .env) or {@code !} (.properties) comment start. In {@code .properties} files
 * a comment is a whole line ({@code server.port=80 # x} is the value {@code 80 # x}), so there only
 * comments on their own line count.
 */
public final class SuppressionScanner {
  private static final String MARKER = "portcheck:ignore";
  private static final Pattern SPEC =
      Pattern.compile(
          "portcheck:ignore\\s+([a-z0-9\\-]+(?:\\s*,\\s*[a-z0-9\\-]+)*)?\\s*(?:--\\s*(.*))?");

  private SuppressionScanner() {}

  public static List<Suppression> scan(String text, boolean trailingComments) {
    if (!text.contains(MARKER)) {
      return List.of();
    }
    List<Suppression> found = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int at = line.indexOf(MARKER);
      if (at < 0) {
        continue;
      }
      int hash = Math.max(line.lastIndexOf('#', at), line.lastIndexOf('!', at));
      if (hash < 0) {
        continue; // not in a comment: a value that happens to contain the text
      }
      Matcher m = SPEC.matcher(line.substring(at).trim());
      Set<String> rules = new LinkedHashSet<>();
      String reason = "";
      if (m.matches()) {
        if (m.group(1) != null) {
          for (String id : m.group(1).split(",")) {
            rules.add(id.trim());
          }
        }
        reason = m.group(2) == null ? "" : m.group(2).trim();
      }
      boolean ownLine = line.substring(0, hash).isBlank();
      if (!ownLine && !trailingComments) {
        continue;
      }
      found.add(new Suppression(n + 1, at + 1, rules, reason, ownLine));
    }
    return found;
  }
}
