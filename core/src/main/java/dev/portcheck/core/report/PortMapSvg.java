package dev.portcheck.core.report;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.PortRange;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The port map: the 0-65535 space as one axis with the three IANA ranges as bands, and a row per
 * module and profile holding a marker per configured port. A linear axis would squeeze the system
 * range into 1.5% of the width, so each range gets a fixed share (system 20%, registered 60%,
 * dynamic 20%) and is linear inside. Markers of ports with an error are red, with a warning orange;
 * ports that clash are ringed.
 */
final class PortMapSvg {
  private static final int WIDTH = 1000;
  private static final int LEFT = 170;
  private static final int ROW = 34;
  private static final int TOP = 46;

  private PortMapSvg() {}

  static String render(String module, List<PortCandidate> candidates, List<Finding> findings) {
    Map<String, Severity> worst = new HashMap<>();
    Map<String, Boolean> clash = new HashMap<>();
    for (Finding f : findings) {
      String at = f.file() + ":" + f.line() + ":" + f.column();
      worst.merge(at, f.severity(), (a, b) -> a.isAtLeast(b) ? a : b);
      if (f.rule().equals("duplicate-port")
          || f.rule().equals("shared-host-port")
          || f.rule().equals("well-known-port")) {
        clash.put(at, true);
      }
    }
    Map<String, List<PortCandidate>> rows = new TreeMap<>();
    for (PortCandidate c : candidates) {
      String profile = c.profile().isEmpty() ? "default" : c.profile();
      rows.computeIfAbsent(module + " · " + profile, k -> new ArrayList<>()).add(c);
    }
    int height = TOP + Math.max(1, rows.size()) * ROW + 30;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"portmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Port map\">")
        .append("<style>.tick{font:11px sans-serif;text-anchor:middle;fill:#5f6368}")
        .append(".band{font:600 12px sans-serif;text-anchor:middle;fill:#3c4043}")
        .append(".row{font:12px sans-serif;fill:#202124}")
        .append(".num{font:10px sans-serif;text-anchor:middle;fill:#3c4043}</style>");
    band(svg, PortRange.SYSTEM, "#e8f0fe", height);
    band(svg, PortRange.REGISTERED, "#e6f4ea", height);
    band(svg, PortRange.DYNAMIC, "#fef7e0", height);
    for (int tick : new int[] {0, 1024, 8080, 16384, 32768, 49152, 65535}) {
      double x = x(tick);
      String anchor = tick == 65535 ? " style=\"text-anchor:end\"" : "";
      svg.append("<line x1=\"")
          .append(fmt(x))
          .append("\" y1=\"")
          .append(TOP - 8)
          .append("\" x2=\"")
          .append(fmt(x))
          .append("\" y2=\"")
          .append(height - 26)
          .append("\" stroke=\"#bbb\" stroke-dasharray=\"2,3\"/>")
          .append("<text x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(height - 10)
          .append("\" class=\"tick\"")
          .append(anchor)
          .append(">")
          .append(tick)
          .append("</text>");
    }
    int r = 0;
    for (Map.Entry<String, List<PortCandidate>> row : rows.entrySet()) {
      int y = TOP + r * ROW + ROW / 2;
      svg.append("<text x=\"8\" y=\"")
          .append(y + 4)
          .append("\" class=\"row\">")
          .append(Html.esc(row.getKey()))
          .append("</text>")
          .append("<line x1=\"")
          .append(LEFT)
          .append("\" y1=\"")
          .append(y)
          .append("\" x2=\"")
          .append(WIDTH - 10)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"#999\"/>");
      java.util.TreeSet<Integer> labelled = new java.util.TreeSet<>();
      for (PortCandidate c : row.getValue()) {
        for (PortLiteral p : c.ports()) {
          if (!p.isValidPort()) {
            continue;
          }
          String at = c.file() + ":" + p.line() + ":" + p.column();
          Severity s = worst.get(at);
          String color =
              s == Severity.ERROR
                  ? "#d93025"
                  : s == Severity.WARNING
                      ? "#f29900"
                      : c.role().id().equals("connect") ? "#80868b" : "#1a73e8";
          svg.append("<circle class=\"port\" cx=\"")
              .append(fmt(x(p.port())))
              .append("\" cy=\"")
              .append(y)
              .append("\" r=\"6\" fill=\"")
              .append(color)
              .append("\"")
              .append(clash.containsKey(at) ? " stroke=\"#000\" stroke-width=\"2.5\"" : "")
              .append("><title>")
              .append(
                  Html.esc(
                      p.port()
                          + " "
                          + c.role().id()
                          + " — "
                          + c.key()
                          + " ("
                          + c.file()
                          + ":"
                          + p.line()
                          + ")"))
              .append("</title></circle>");
          labelled.add(p.port());
        }
      }
      // Port numbers above the markers, leaving out those that would overlap the previous one.
      double lastX = -100;
      for (int port : labelled) {
        double px = x(port);
        if (px - lastX >= 34) {
          svg.append("<text x=\"")
              .append(fmt(px))
              .append("\" y=\"")
              .append(y - 9)
              .append("\" class=\"num\">")
              .append(port)
              .append("</text>");
          lastX = px;
        }
      }
      r++;
    }
    return svg.append("</svg>").toString();
  }

  private static void band(StringBuilder svg, PortRange range, String fill, int height) {
    double x1 = x(range.first());
    double x2 = x(range.last() + 1);
    svg.append("<rect x=\"")
        .append(fmt(x1))
        .append("\" y=\"")
        .append(TOP - 30)
        .append("\" width=\"")
        .append(fmt(x2 - x1))
        .append("\" height=\"")
        .append(height - TOP + 4)
        .append("\" fill=\"")
        .append(fill)
        .append("\"/>")
        .append("<text x=\"")
        .append(fmt((x1 + x2) / 2))
        .append("\" y=\"")
        .append(TOP - 14)
        .append("\" class=\"band\">")
        .append(range.label())
        .append(' ')
        .append(range.first())
        .append('–')
        .append(range.last())
        .append("</text>");
  }

  /** The x position of a port on the piecewise axis. */
  static double x(int port) {
    double span = WIDTH - 10 - LEFT;
    if (port <= 1024) {
      return LEFT + span * 0.2 * port / 1024.0;
    }
    if (port <= 49152) {
      return LEFT + span * (0.2 + 0.6 * (port - 1024) / (49152.0 - 1024));
    }
    return LEFT + span * (0.8 + 0.2 * (port - 49152) / (65536.0 - 49152));
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
