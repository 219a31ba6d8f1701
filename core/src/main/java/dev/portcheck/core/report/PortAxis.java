package dev.portcheck.core.report;

import java.util.List;

/**
 * The port map's horizontal scale: piecewise linear. A linear 0-65535 axis puts nearly every
 * service (most listen between 1024 and 10000) into one sixth of the width and the system range
 * into 1.5% of it; a log axis squeezes the node port and client ranges instead. So each segment
 * gets a fixed share of the width and is linear inside it, and the page says so.
 */
final class PortAxis {

  /** One piece of the axis: the ports {@code first..last} take {@code share} of the width. */
  record Segment(int first, int last, double share, String label, String fill) {}

  static final List<Segment> SEGMENTS =
      List.of(
          new Segment(0, 1023, 0.14, "system 0–1023", "#e8f0fe"),
          new Segment(1024, 9999, 0.50, "registered 1024–9999", "#e6f4ea"),
          new Segment(10000, 49151, 0.20, "registered 10000–49151", "#f1f8e9"),
          new Segment(49152, 65535, 0.16, "dynamic 49152–65535", "#fef7e0"));

  /** Ports with a tick and a number under the axis. */
  static final int[] TICKS = {0, 1024, 3000, 5000, 8000, 10000, 32768, 49152, 65535};

  /** What the page says about the scale. */
  static final String DESCRIPTION =
      "Scale: piecewise linear. 0–1023 takes 14% of the width, 1024–9999 (where most services"
          + " listen) 50%, 10000–49151 20% and 49152–65535 16%; each piece is linear inside.";

  private final double left;
  private final double width;

  PortAxis(double left, double right) {
    this.left = left;
    this.width = right - left;
  }

  double left() {
    return left;
  }

  double right() {
    return left + width;
  }

  /** The x position of {@code port} (0..65535). */
  double x(int port) {
    double start = left;
    for (Segment s : SEGMENTS) {
      double span = width * s.share();
      if (port <= s.last()) {
        return start + span * (port - s.first()) / (s.last() + 1.0 - s.first());
      }
      start += span;
    }
    return right();
  }

  /** The x where a segment starts. */
  double start(Segment s) {
    return x(s.first());
  }

  /** The x where a segment ends (the next one's start). */
  double end(Segment s) {
    return s.last() >= 65535 ? right() : x(s.last() + 1);
  }
}
