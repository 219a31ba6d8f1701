package dev.portcheck.core.report;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.engine.AnalysisResult;

/**
 * The table of every port setting in {@code portcheck.html}; row {@code port-<n>} is the n-th
 * setting, which findings and the port map link to.
 */
final class PortsHtml {
  private PortsHtml() {}

  static void render(StringBuilder h, AnalysisResult result) {
    h.append(
            "<h2 id=\"ports-title\">Ports configured</h2><table id=\"ports\" class=\"fixed\"><colgroup>")
        .append("<col style=\"width:28%\"><col style=\"width:24%\"><col style=\"width:16%\">")
        .append("<col style=\"width:10%\"><col style=\"width:7%\"><col style=\"width:8%\">")
        .append("<col style=\"width:7%\"></colgroup><thead><tr><th>Where</th><th>Key</th>")
        .append("<th>Value</th><th>Ports</th><th>Role</th><th>Bound</th><th>Profile</th>")
        .append("</tr></thead><tbody>");
    int n = 0;
    for (PortCandidate c : result.candidates()) {
      h.append("<tr id=\"port-")
          .append(n++)
          .append("\"><td><code>")
          .append(Html.esc(c.file() + ":" + c.line()))
          .append("</code></td><td>")
          .append(Html.esc(c.key()))
          .append("</td><td><code>")
          .append(Html.esc(c.raw()))
          .append("</code></td><td>")
          .append(Html.esc(c.portValues().toString()))
          .append("</td><td>")
          .append(c.role().id())
          .append("</td><td>")
          .append(c.binding().id())
          .append("</td><td>")
          .append(Html.esc(c.profile().isEmpty() ? "default" : c.profile()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
  }
}
