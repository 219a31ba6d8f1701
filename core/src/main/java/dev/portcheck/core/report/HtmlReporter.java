package dev.portcheck.core.report;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.EdgeState;
import dev.portcheck.core.wiring.WiringGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code portcheck.html}: one self-contained page (inline CSS, SVG and script; nothing fetched)
 * with a summary, the port map and the findings table, filterable by severity and rule, and every
 * port setting found.
 */
public final class HtmlReporter implements Reporter {
  private static final String STYLE =
      """
      body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#202124}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
      .sub{color:#5f6368;margin-bottom:16px}
      .cards{display:flex;gap:12px;flex-wrap:wrap}
      .card{border:1px solid #dadce0;border-radius:8px;padding:10px 16px;min-width:96px}
      .card b{display:block;font-size:24px}
      .error b{color:#d93025}.warning b{color:#e37400}.info b{color:#1a73e8}
      table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;
      border-bottom:1px solid #eee;vertical-align:top}th{background:#f8f9fa}
      td.sev-error{color:#d93025;font-weight:600}td.sev-warning{color:#e37400;font-weight:600}
      td.sev-info{color:#1a73e8}code{font-size:12px}
      .filters{margin:8px 0;display:flex;gap:12px}
      svg{width:100%;height:auto;border:1px solid #dadce0;border-radius:8px}
      #wiring .node rect{fill:#f8f9fa;stroke:#5f6368}#wiring .name{font-weight:600;font-size:13px}
      #wiring .ports{font-size:12px;fill:#3c4043}#wiring .col{font-size:12px;fill:#5f6368}
      #wiring .edge path{fill:none;stroke-width:1.6}#wiring .edge text{font-size:11px}
      #wiring .ok path{stroke:#1a73e8}#wiring .unknown path{stroke:#9aa0a6;stroke-dasharray:4 3}
      #wiring .broken path{stroke:#d93025;stroke-width:2.6}#wiring .broken text{fill:#d93025;
      font-weight:700}tr:target{background:#fce8e6}
      .legend span{display:inline-block;margin-right:14px}
      .dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
      """;

  private static final String SCRIPT =
      """
      function applyFilters(){
        var s=document.getElementById('severity').value, r=document.getElementById('rule').value;
        var rows=document.querySelectorAll('#findings tbody tr'), shown=0;
        rows.forEach(function(tr){
          var ok=(!s||tr.dataset.severity===s)&&(!r||tr.dataset.rule===r);
          tr.style.display=ok?'':'none'; if(ok){shown++;}
        });
        document.getElementById('shown').textContent=shown+' of '+rows.length+' shown';
      }
      document.getElementById('severity').addEventListener('change',applyFilters);
      document.getElementById('rule').addEventListener('change',applyFilters);
      applyFilters();
      """;

  @Override
  public String fileName() {
    return "portcheck.html";
  }

  @Override
  public void write(AnalysisResult result, ReportContext context, Path file) throws IOException {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>portcheck: ")
        .append(Html.esc(context.module()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>");
    h.append("<h1>portcheck report: ")
        .append(Html.esc(context.module()))
        .append("</h1>")
        .append("<div class=\"sub\">portcheck ")
        .append(Html.esc(context.toolVersion()))
        .append(" · ports 0–65535 of TCP/UDP found in the module's configuration</div>");
    h.append("<div class=\"cards\" id=\"summary\">")
        .append(card("", "files", result.files().size()))
        .append(card("", "ports", result.candidates().size()))
        .append(card("error", "errors", result.count(Severity.ERROR)))
        .append(card("warning", "warnings", result.count(Severity.WARNING)))
        .append(card("info", "info", result.count(Severity.INFO)))
        .append("</div>");
    h.append("<h2>Port map</h2><div class=\"legend\">")
        .append("<span><i class=\"dot\" style=\"background:#1a73e8\"></i>listen / mapping</span>")
        .append("<span><i class=\"dot\" style=\"background:#80868b\"></i>connect</span>")
        .append("<span><i class=\"dot\" style=\"background:#f29900\"></i>warning</span>")
        .append("<span><i class=\"dot\" style=\"background:#d93025\"></i>error</span>")
        .append("<span><i class=\"dot\" style=\"border:2.5px solid #000\"></i>clash</span></div>")
        .append(PortMapSvg.render(context.module(), result.candidates(), result.findings()));
    Map<Finding, String> findingIds = wiringFindingIds(result);
    String wiring = WiringSvg.render(result.wiring(), result.findings(), findingIds);
    if (!wiring.isEmpty()) {
      h.append("<h2>Port wiring</h2><div class=\"legend\">")
          .append(
              "<span><i class=\"dot\" style=\"background:#1a73e8\"></i>lands on a listener</span>")
          .append("<span><i class=\"dot\" style=\"background:#d93025\"></i>")
          .append("lands on no listener (links to its finding)</span>")
          .append("<span><i class=\"dot\" style=\"background:#9aa0a6\"></i>unknown</span></div>")
          .append(wiring);
    }
    findings(h, result, findingIds);
    ports(h, result);
    h.append("<script>").append(SCRIPT).append("</script></body></html>\n");
    Files.writeString(file, h, StandardCharsets.UTF_8);
  }

  private static String card(String cls, String label, long n) {
    return "<div class=\"card " + cls + "\"><b>" + n + "</b>" + label + "</div>";
  }

  /**
   * Row ids for the findings a broken wiring edge links to: those at an edge's client. Only these
   * get an id, so a large result needs no map of every finding.
   */
  private static Map<Finding, String> wiringFindingIds(AnalysisResult result) {
    Set<String> places = new HashSet<>();
    for (WiringGraph.Edge e : result.wiring().edges()) {
      if (e.state() == EdgeState.BROKEN) {
        places.add(e.fromLoc().file() + ":" + e.fromLoc().line());
      }
    }
    Map<Finding, String> ids = new HashMap<>();
    if (places.isEmpty()) {
      return ids;
    }
    int n = 0;
    for (Finding f : result.findings()) {
      if (places.contains(f.file() + ":" + f.line())) {
        ids.put(f, "finding-" + n);
      }
      n++;
    }
    return ids;
  }

  private static void findings(
      StringBuilder h, AnalysisResult result, Map<Finding, String> findingIds) {
    h.append("<h2>Findings</h2><div class=\"filters\"><label>Severity <select id=\"severity\">")
        .append("<option value=\"\">all</option>");
    for (Severity s : Severity.values()) {
      h.append("<option value=\"").append(s.id()).append("\">").append(s.id()).append("</option>");
    }
    h.append("</select></label><label>Rule <select id=\"rule\"><option value=\"\">all</option>");
    TreeSet<String> rules =
        result.findings().stream()
            .map(Finding::rule)
            .collect(Collectors.toCollection(TreeSet::new));
    for (String r : rules) {
      h.append("<option>").append(Html.esc(r)).append("</option>");
    }
    h.append("</select></label><span id=\"shown\"></span></div>")
        .append("<table id=\"findings\"><thead><tr><th>Severity</th><th>Rule</th><th>Where</th>")
        .append("<th>Message</th></tr></thead><tbody>");
    for (Finding f : result.findings()) {
      String id = findingIds.get(f);
      h.append(id == null ? "<tr" : "<tr id=\"" + id + "\"")
          .append(" data-severity=\"")
          .append(f.severity().id())
          .append("\" data-rule=\"")
          .append(Html.esc(f.rule()))
          .append("\"><td class=\"sev-")
          .append(f.severity().id())
          .append("\">")
          .append(f.severity().id())
          .append("</td><td>")
          .append(Html.esc(f.rule()))
          .append("</td><td><code>")
          .append(Html.esc(f.file() + ":[" + f.line() + "," + f.column() + "]"))
          .append("</code></td><td class=\"message\">")
          .append(Html.esc(f.message()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
  }

  private static void ports(StringBuilder h, AnalysisResult result) {
    h.append("<h2>Ports configured</h2><table id=\"ports\"><thead><tr><th>Where</th><th>Key</th>")
        .append("<th>Value</th><th>Ports</th><th>Role</th><th>Profile</th></tr></thead><tbody>");
    for (PortCandidate c : result.candidates()) {
      h.append("<tr><td><code>")
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
          .append(Html.esc(c.profile().isEmpty() ? "default" : c.profile()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
  }
}
