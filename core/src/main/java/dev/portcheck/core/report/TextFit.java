package dev.portcheck.core.report;

/**
 * Keeps a box's text inside the box: clips it to a length, and where its estimated width (from the
 * widths of a common sans-serif's letters) may still pass the room, asks the browser to squeeze it
 * into the room ({@code textLength}), which it then does exactly.
 */
final class TextFit {
  private TextFit() {}

  /** The estimated width of {@code s} at {@code size} px, in em fractions of a sans-serif font. */
  static double width(String s, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      em +=
          "iljtf.,:;'|!".indexOf(c) >= 0
              ? 0.3
              : "r-() ·".indexOf(c) >= 0
                  ? 0.38
                  : "mwMW".indexOf(c) >= 0
                      ? 0.9
                      : Character.isUpperCase(c) ? 0.7 : Character.isDigit(c) ? 0.6 : 0.58;
    }
    return em * size * (bold ? 1.08 : 1.0);
  }

  /**
   * The attributes and text of an SVG {@code text} element: the text clipped to {@code max}
   * characters, with {@code textLength} where it may be wider than {@code room}.
   */
  static String fit(String s, int max, double size, boolean bold, int room) {
    String clipped = s.length() <= max ? s : s.substring(0, max - 1) + "…";
    String squeeze =
        width(clipped, size, bold) > room * 0.92
            ? " textLength=\"" + room + "\" lengthAdjust=\"spacingAndGlyphs\""
            : "";
    return squeeze + ">" + Html.esc(clipped);
  }
}
