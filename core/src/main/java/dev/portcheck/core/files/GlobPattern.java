package dev.portcheck.core.files;

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

  private GlobPattern(String glob, Pattern regex) {
    this.glob = glob;
    this.regex = regex;
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
    int i = 0;
    while (i < g.length()) {
      char c = g.charAt(i);
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
      }
      i++;
    }
    return new GlobPattern(glob, Pattern.compile(re.toString()));
  }

  public boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return glob;
  }
}
