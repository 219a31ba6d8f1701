package dev.portcheck.core.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Ant-style glob over '/'-separated relative paths: {@code *} matches within one folder, {@code
 * **} across folders ({@code **}{@code /x} also matches {@code x} at the top), {@code ?} one
 * character. Java's own glob matcher needs at least one folder for {@code **}{@code /}, which
 * surprises users of Maven's includes, hence this class.
 */
public final class GlobPattern {
  private final String glob;
  private final Pattern regex;
  // Literal text every match must start with, end with and contain: checked before the regex, so
  // most paths are turned down without running it (a walk asks every pattern of every file).
  private final String head;
  private final String tail;
  private final String longest;
  // For a glob that starts **/ and a literal (**/node_modules/**, **/.*.yml): that literal starts
  // the path or follows a '/'. Hidden-file patterns have no other literal worth checking.
  private final String segmentStart;
  private final String afterSlash;

  private GlobPattern(
      String glob,
      Pattern regex,
      List<String> runs,
      boolean wildStart,
      boolean wildEnd,
      boolean anyFolderThenLiteral) {
    this.glob = glob;
    this.regex = regex;
    this.head = wildStart || runs.isEmpty() ? "" : runs.get(0);
    this.tail = wildEnd || runs.isEmpty() ? "" : runs.get(runs.size() - 1);
    String l = "";
    for (String run : runs) {
      l = run.length() > l.length() ? run : l;
    }
    this.longest = l;
    this.segmentStart = anyFolderThenLiteral && !runs.isEmpty() ? runs.get(0) : "";
    this.afterSlash = "/" + segmentStart;
  }

  /** Compiles one glob; a trailing '/' means everything below that folder. */
  public static GlobPattern compile(String glob) {
    String g = glob.trim().replace('\\', '/');
    if (g.startsWith("./")) {
      g = g.substring(2);
    }
    if (g.endsWith("/")) {
      g = g + "**";
    }
    StringBuilder re = new StringBuilder();
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < g.length()) {
      char c = g.charAt(i);
      if (c == '*' || c == '?') {
        if (run.length() > 0) {
          runs.add(run.toString());
          run.setLength(0);
        }
      }
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
        re.append(slashAfter ? "(?:.*/)?" : ".*");
        i += slashAfter ? 3 : 2;
        continue;
      }
      if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        run.append(c);
      }
      i++;
    }
    if (run.length() > 0) {
      runs.add(run.toString());
    }
    boolean wildStart = !g.isEmpty() && (g.charAt(0) == '*' || g.charAt(0) == '?');
    boolean anyFolderThenLiteral =
        g.startsWith("**/") && g.length() > 3 && g.charAt(3) != '*' && g.charAt(3) != '?';
    char last = g.isEmpty() ? ' ' : g.charAt(g.length() - 1);
    boolean wildEnd = last == '*' || last == '?';
    return new GlobPattern(
        glob, Pattern.compile(re.toString()), runs, wildStart, wildEnd, anyFolderThenLiteral);
  }

  public boolean matches(String relativePath) {
    return relativePath.startsWith(head)
        && relativePath.endsWith(tail)
        && relativePath.contains(longest)
        && (segmentStart.isEmpty()
            || relativePath.startsWith(segmentStart)
            || relativePath.contains(afterSlash))
        && regex.matcher(relativePath).matches();
  }

  /** The regex alone, without the literal pre-checks: what {@link #matches} must agree with. */
  boolean matchesByRegexOnly(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return glob;
  }
}
