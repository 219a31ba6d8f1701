package dev.portcheck.core.entries;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label map a Helm chart writes with one helper call ({@code {{- include "app.selectorLabels" . |
 * nindent 6 }}}). What the helper expands to is not read, but the same call renders the same
 * labels, so a Service selector and a pod template written with it match. The call is kept as one
 * pseudo-label, {@code include app.selectorLabels .}, which no literal label key can equal (label
 * keys hold no blanks). A {@code (dict "context" . "component" "server")} argument is part of the
 * call: the same helper with other arguments renders other labels.
 */
public final class HelperLabels {
  /** What every pseudo-label key starts with. */
  public static final String PREFIX = "include ";

  private static final Pattern CALL =
      Pattern.compile(
          "\\{\\{-?\\s*include\\s+\"([^\"]+)\"\\s+([.$][\\w.$]*|\\((?:[^()]|\\([^()]*\\))*\\))\\s*"
              + "(?:\\|\\s*n?indent\\s+\\d+\\s*)?-?}}\\s*");

  private HelperLabels() {}

  /**
   * The normalised call ({@code include NAME ARGS}) when {@code text} is nothing but one helper
   * call written under a label map ({@code labels}, {@code matchLabels}, a Service's {@code
   * selector}); empty otherwise.
   */
  public static Optional<String> call(String parentPath, String text) {
    if (!isLabelMap(parentPath)) {
      return Optional.empty();
    }
    Matcher m = CALL.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    // A dict argument is kept as written, its blanks collapsed and its quotes made single, so the
    // key path around the pseudo-label stays one bracketed name.
    String args = m.group(2).replace('"', '\'').replaceAll("\\s+", " ");
    return Optional.of(PREFIX + m.group(1) + " " + args);
  }

  /** The entry key of the pseudo-label {@code call} below {@code parentPath}. */
  public static String key(String parentPath, String call) {
    return parentPath + "[\"" + call + "\"]";
  }

  /** True for a pseudo-label's key. */
  public static boolean isCall(String labelKey) {
    return labelKey.startsWith(PREFIX);
  }

  private static boolean isLabelMap(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    return last.equals("labels") || last.equals("matchLabels") || last.equals("selector");
  }
}
