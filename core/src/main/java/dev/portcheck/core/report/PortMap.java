package dev.portcheck.core.report;

import dev.portcheck.core.engine.AnalysisResult;

/** The port map of a result as inline SVG, for pages other than {@code portcheck.html}. */
public final class PortMap {
  private PortMap() {}

  public static String svg(String module, AnalysisResult result) {
    return PortMapSvg.render(module, result.candidates(), result.findings(), result.wiring());
  }

  /** What the page must say about the map's horizontal scale. */
  public static String scale() {
    return PortAxis.DESCRIPTION;
  }
}
