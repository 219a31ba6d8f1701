package dev.portcheck.core.report;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.WiringGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The port map: a row per thing that binds ports ({@link PortMapRows}) on a piecewise axis ({@link
 * PortAxis}). Each port is a labelled chip over the row, joined by a leader to a tick at its exact
 * place: chips of close ports (8080, 8081, 8082) are pushed apart and stacked in lanes, so none
 * covers another. Chips of ports with an error are red, with a warning orange; clashes are ringed.
 */
final class PortMapSvg {
  static final int WIDTH = 1200;
  private static final int LEFT = 250;
  private static final int RIGHT = WIDTH - 16;
  private static final int TOP = 40;
  private static final int CHIP_H = 14;
  private static final int LANE_H = 18;
  private static final double CHAR_W = 6.6;
  private static final double GAP = 4;

  /** Lanes a row may use before chips must move sideways; more when they cannot fit at all. */
  private static final int FEW_LANES = 4;

  private static final PortAxis AXIS = new PortAxis(LEFT, RIGHT);

  private PortMapSvg() {}

  static String render(
      String module, List<PortCandidate> candidates, List<Finding> findings, WiringGraph wiring) {
    return render(PortMapRows.of(module, candidates, findings, wiring));
  }

  static String render(PortMapRows.Rows rows) {
    StringBuilder body = new StringBuilder(8192);
    int y = TOP;
    for (PortMapRows.Row row : rows.rows()) {
      y = row(body, row, y);
    }
    if (rows.rows().isEmpty()) {
      body.append("<text x=\"8\" y=\"")
          .append(y + 20)
          .append("\" class=\"row\">No setting of this module binds a port.</text>");
      y += 34;
    }
    int height = y + 30;
    StringBuilder svg = new StringBuilder(body.length() + 2048);
    svg.append("<svg id=\"portmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Port map\">")
        .append("<style>.tick{font:11px sans-serif;text-anchor:middle;fill:#5f6368}")
        .append(".band{font:600 11px sans-serif;text-anchor:middle;fill:#3c4043}")
        .append(".row{font:600 12px sans-serif;fill:#202124}")
        .append(".detail{font:10px sans-serif;fill:#5f6368}")
        .append(".num{font:600 10px sans-serif;text-anchor:middle;fill:#fff}")
        .append(".leader{stroke:#80868b;stroke-width:.8}")
        .append(".pin:hover .chip{stroke:#000;stroke-width:1.5}</style>");
    for (PortAxis.Segment s : PortAxis.SEGMENTS) {
      double x1 = AXIS.start(s);
      double x2 = AXIS.end(s);
      svg.append("<rect x=\"")
          .append(fmt(x1))
          .append("\" y=\"8\" width=\"")
          .append(fmt(x2 - x1))
          .append("\" height=\"")
          .append(height - 34)
          .append("\" fill=\"")
          .append(s.fill())
          .append("\"/><text x=\"")
          .append(fmt((x1 + x2) / 2))
          .append("\" y=\"24\" class=\"band\">")
          .append(s.label())
          .append("</text>");
    }
    for (int tick : PortAxis.TICKS) {
      double x = AXIS.x(tick);
      String anchor =
          tick == 65535
              ? " style=\"text-anchor:end\""
              : tick == 0 ? " style=\"text-anchor:start\"" : "";
      svg.append("<line x1=\"")
          .append(fmt(x))
          .append("\" y1=\"")
          .append(TOP - 6)
          .append("\" x2=\"")
          .append(fmt(x))
          .append("\" y2=\"")
          .append(height - 24)
          .append("\" stroke=\"#bbb\" stroke-dasharray=\"2,3\"/><text x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(height - 10)
          .append("\" class=\"tick\"")
          .append(anchor)
          .append('>')
          .append(tick)
          .append("</text>");
    }
    return svg.append(body).append("</svg>").toString();
  }

  /** Draws one row from {@code top}; returns where the next row starts. */
  private static int row(StringBuilder s, PortMapRows.Row row, int top) {
    List<PortMapRows.Pin> pins = row.pins();
    int n = pins.size();
    double[] wanted = new double[n];
    double[] widths = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      wanted[i] = AXIS.x(pins.get(i).port());
      widths[i] = String.valueOf(pins.get(i).port()).length() * CHAR_W + 8;
      total += widths[i] + GAP;
    }
    int maxLanes = Math.max(FEW_LANES, (int) Math.ceil(total * 1.25 / (RIGHT - LEFT)));
    int[] lane = lanes(wanted, widths, maxLanes);
    int lanes = 1;
    for (int l : lane) {
      lanes = Math.max(lanes, l + 1);
    }
    double[] centre = new double[n];
    for (int l = 0; l < lanes; l++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (lane[i] == l) {
          members.add(i);
        }
      }
      double[] w = new double[members.size()];
      double[] x = new double[members.size()];
      for (int j = 0; j < members.size(); j++) {
        w[j] = widths[members.get(j)];
        x[j] = wanted[members.get(j)];
      }
      double[] placed = Spread.centres(x, w, GAP, LEFT, RIGHT);
      for (int j = 0; j < members.size(); j++) {
        centre[members.get(j)] = placed[j];
      }
    }
    int axisY = top + 4 + lanes * LANE_H + 6;
    PortMapRows.Key key = row.key();
    s.append("<g class=\"maprow\" data-kind=\"")
        .append(key.kind().name().toLowerCase(Locale.ROOT))
        .append("\"><title>")
        .append(Html.esc(label(key) + "\n" + String.join("\n", row.places())))
        .append("</title><text x=\"8\" y=\"")
        .append(axisY - 2)
        .append("\" class=\"row\">")
        .append(Html.esc(clip(label(key), 34)))
        .append("</text><text x=\"8\" y=\"")
        .append(axisY + 11)
        .append("\" class=\"detail\">")
        .append(Html.esc(detail(row.places())))
        .append("</text><line x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(axisY)
        .append("\" x2=\"")
        .append(RIGHT)
        .append("\" y2=\"")
        .append(axisY)
        .append("\" stroke=\"#999\"/></g>");
    // leaders and ticks first, so that no leader crosses a chip drawn before it
    s.append("<g class=\"leaders\">");
    for (int i = 0; i < n; i++) {
      double chipY = axisY - 8 - CHIP_H - lane[i] * LANE_H;
      s.append("<line class=\"leader\" x1=\"")
          .append(fmt(centre[i]))
          .append("\" y1=\"")
          .append(fmt(chipY + CHIP_H))
          .append("\" x2=\"")
          .append(fmt(wanted[i]))
          .append("\" y2=\"")
          .append(axisY)
          .append("\"/><line x1=\"")
          .append(fmt(wanted[i]))
          .append("\" y1=\"")
          .append(axisY - 4)
          .append("\" x2=\"")
          .append(fmt(wanted[i]))
          .append("\" y2=\"")
          .append(axisY + 4)
          .append("\" stroke=\"")
          .append(colour(pins.get(i).worst()))
          .append("\" stroke-width=\"2\"/>");
    }
    s.append("</g>");
    for (int i = 0; i < n; i++) {
      PortMapRows.Pin p = pins.get(i);
      double chipY = axisY - 8 - CHIP_H - lane[i] * LANE_H;
      s.append("<a href=\"#port-")
          .append(p.firstCandidate())
          .append("\"><g class=\"pin\" data-port=\"")
          .append(p.port())
          .append("\"><title>")
          .append(Html.esc(p.port() + ": " + String.join("\n", p.settings())))
          .append("</title><rect class=\"chip\" x=\"")
          .append(fmt(centre[i] - widths[i] / 2))
          .append("\" y=\"")
          .append(fmt(chipY))
          .append("\" width=\"")
          .append(fmt(widths[i]))
          .append("\" height=\"")
          .append(CHIP_H)
          .append("\" rx=\"3\" fill=\"")
          .append(colour(p.worst()))
          .append('"')
          .append(p.clash() ? " stroke=\"#000\" stroke-width=\"2\"" : "")
          .append("/><text class=\"num\" x=\"")
          .append(fmt(centre[i]))
          .append("\" y=\"")
          .append(fmt(chipY + 10.5))
          .append("\">")
          .append(p.port())
          .append("</text></g></a>");
    }
    return axisY + 16;
  }

  /**
   * Lane of each chip, lane 0 nearest the axis: the first lane where the chip fits at its place,
   * else a new lane, else the lane whose chips end furthest left (the spread then moves it).
   */
  private static int[] lanes(double[] wanted, double[] widths, int maxLanes) {
    int[] lane = new int[wanted.length];
    double[] end = new double[maxLanes];
    int used = 0;
    for (int i = 0; i < wanted.length; i++) {
      double left = wanted[i] - widths[i] / 2;
      int chosen = -1;
      for (int l = 0; l < used; l++) {
        if (end[l] + GAP <= left) {
          chosen = l;
          break;
        }
      }
      if (chosen < 0 && used < maxLanes) {
        chosen = used++;
        end[chosen] = Double.NEGATIVE_INFINITY;
      }
      if (chosen < 0) {
        chosen = 0;
        for (int l = 1; l < used; l++) {
          chosen = end[l] < end[chosen] ? l : chosen;
        }
      }
      lane[i] = chosen;
      end[chosen] = Math.max(end[chosen] + GAP, left) + widths[i];
    }
    return lane;
  }

  private static String colour(Severity worst) {
    if (worst == null) {
      return "#1a73e8";
    }
    return switch (worst) {
      case ERROR -> "#d93025";
      case WARNING -> "#e37400";
      case INFO -> "#8e44ad";
    };
  }

  /** The x position of a port on the axis, for tests. */
  static double x(int port) {
    return AXIS.x(port);
  }

  private static String label(PortMapRows.Key key) {
    return key.kind().label() + (key.kind() == PortMapRows.Kind.HOST ? "" : " " + key.name());
  }

  /** The first place, its start clipped to keep the file's name, and how many more there are. */
  private static String detail(List<String> places) {
    String more = places.size() == 1 ? "" : " +" + (places.size() - 1) + " alike";
    return clipStart(places.get(0), 46 - more.length()) + more;
  }

  /** Keeps the end of a path, where the file's name is. */
  private static String clipStart(String s, int max) {
    return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
