package dev.portcheck.core.report;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code portcheck.html}: one self-contained page (inline CSS, SVG and script; nothing fetched)
 * with a summary, the port map, the wiring graph, the findings grouped by rule and file, and every
 * port setting found. Everything wraps, so the page is never wider than the window.
 */
public final class HtmlReporter implements Reporter {
  static final String STYLE =
      """
      *{box-sizing:border-box}
      body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#202124;
      overflow-wrap:anywhere}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
      h3{font-size:15px;margin:18px 0 4px}h4{font-size:13px;font-weight:600;margin:8px 0 2px}
      .sub,.note{color:#5f6368;margin:4px 0 10px}
      .cards{display:flex;gap:12px;flex-wrap:wrap}
      .card{border:1px solid #dadce0;border-radius:8px;padding:10px 16px;min-width:96px}
      .card b{display:block;font-size:24px}
      .error b{color:#d93025}.warning b{color:#e37400}.info b{color:#1a73e8}
      table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;
      border-bottom:1px solid #eee;vertical-align:top}th{background:#f8f9fa}
      table.fixed{table-layout:fixed}table.counts{width:auto;min-width:50%}
      td.n,th.n{text-align:right}.sev-error{color:#d93025;font-weight:600}
      .sev-warning{color:#e37400;font-weight:600}.sev-info{color:#1a73e8}
      code{font-size:12px;overflow-wrap:anywhere;white-space:pre-wrap}
      .filters{margin:12px 0 4px;display:flex;gap:12px;flex-wrap:wrap}
      .rule-group{border-left:3px solid #dadce0;padding-left:12px;margin:10px 0}
      .counts{color:#5f6368;font-weight:400;font-size:13px}
      .file-group ul{list-style:none;margin:0;padding:0 0 0 8px}
      .finding{padding:3px 0;border-bottom:1px solid #f1f3f4}
      .finding .sev{display:inline-block;min-width:60px}
      .finding .where{font:12px monospace;margin-right:6px}
      .to-wiring{font-size:12px;white-space:nowrap}
      details#infos{margin:14px 0}details#infos>summary{cursor:pointer;font-weight:600}
      :target{background:#fff3c4}
      svg{display:block;width:100%;height:auto;border:1px solid #dadce0;border-radius:8px}
      .wiring{margin:6px 0 14px}.wiring .node rect{fill:#f8f9fa;stroke:#5f6368}
      .wiring .name{font-weight:600;font-size:13px}.wiring .ports{font-size:12px;fill:#3c4043}
      .wiring .edge path{fill:none;stroke-width:1.6;stroke-linejoin:round}
      .wiring .label rect{fill:#fff;stroke:#c6dafc}.wiring .label text{font-size:11px;fill:#1a73e8}
      .wiring .ok path{stroke:#1a73e8}.wiring .unknown path{stroke:#9aa0a6;stroke-dasharray:4 3}
      .wiring .label.unknown text{fill:#5f6368}.wiring .label.unknown rect{stroke:#dadce0}
      .wiring .broken path{stroke:#d93025;stroke-width:2.6}.wiring .label.broken text{fill:#d93025;
      font-weight:700}.wiring .label.broken rect{stroke:#d93025}.wiring .edge:target path{stroke-width:5}
      .wiring.focus .edge,.wiring.focus .label{opacity:.12}.wiring.focus .on{opacity:1}
      .wiring.focus .edge.on path{stroke-width:3}.wiring .node.on rect{stroke:#202124;stroke-width:2}
      .legend span{display:inline-block;margin-right:14px}
      .toc{margin:14px 0 0;display:flex;gap:16px;flex-wrap:wrap}
      .dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
      """;

  static final String SCRIPT =
      """
      function applyFilters(){
        var s=document.getElementById('severity').value, r=document.getElementById('rule').value;
        var items=document.querySelectorAll('#findings .finding'), shown=0;
        items.forEach(function(li){
          var ok=(!s||li.dataset.severity===s)&&(!r||li.dataset.rule===r);
          li.style.display=ok?'':'none'; if(ok){shown++;}
        });
        document.querySelectorAll('#findings .file-group, #findings .rule-group').forEach(function(g){
          var any=Array.prototype.some.call(g.querySelectorAll('.finding'),
            function(li){return li.style.display!=='none';});
          g.style.display=any?'':'none';
        });
        var infos=document.getElementById('infos');
        if(infos&&s==='info'){infos.open=true;}
        document.getElementById('shown').textContent=shown+' of '+items.length+' shown';
      }
      function openTarget(){
        var t=location.hash&&document.getElementById(location.hash.substring(1));
        for(var e=t;e;e=e.parentElement){if(e.tagName==='DETAILS'){e.open=true;}}
        if(t&&t.scrollIntoView){t.scrollIntoView();}
      }
      document.getElementById('severity').addEventListener('change',applyFilters);
      document.getElementById('rule').addEventListener('change',applyFilters);
      window.addEventListener('hashchange',openTarget);
      document.querySelectorAll('svg.wiring .node').forEach(function(n){
        var svg=n.ownerSVGElement, id=n.dataset.node;
        function mark(on){
          svg.classList.toggle('focus',on); n.classList.toggle('on',on);
          svg.querySelectorAll('[data-from="'+id+'"],[data-to="'+id+'"]')
            .forEach(function(e){e.classList.toggle('on',on);});
        }
        n.addEventListener('mouseenter',function(){mark(true);});
        n.addEventListener('mouseleave',function(){mark(false);});
      });
      applyFilters();openTarget();
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
    PageLinks links = new PageLinks(result);
    String wiring = WiringSvg.render(result.wiring(), links);
    h.append("<nav class=\"toc\"><a href=\"#portmap-title\">Port map</a>")
        .append("<a href=\"#findings-title\">Findings</a>")
        .append(wiring.isEmpty() ? "" : "<a href=\"#wiring-title\">Port wiring</a>")
        .append("<a href=\"#ports-title\">Ports configured</a></nav>");
    PortMapRows.Rows rows =
        PortMapRows.of(context.module(), result.candidates(), result.findings(), result.wiring());
    h.append(
            "<h2 id=\"portmap-title\">Port map</h2><p class=\"note\">A row for each application profile, compose")
        .append(" service, Kubernetes pod and the host (compose publishes, <code>hostPort</code>,")
        .append(" <code>nodePort</code>, servers' own files). ")
        .append(rows.unbound())
        .append(" settings that bind no port (client addresses, Service ports, probes) are only")
        .append(" in the ports table. ")
        .append(PortAxis.DESCRIPTION)
        .append("</p><div class=\"legend\">")
        .append("<span><i class=\"dot\" style=\"background:#1a73e8\"></i>port</span>")
        .append("<span><i class=\"dot\" style=\"background:#e37400\"></i>warning</span>")
        .append("<span><i class=\"dot\" style=\"background:#d93025\"></i>error</span>")
        .append("<span><i class=\"dot\" style=\"background:#8e44ad\"></i>info</span>")
        .append("<span><i class=\"dot\" style=\"border:2.5px solid #000\"></i>clash</span></div>")
        .append(PortMapSvg.render(rows));
    // findings before the wiring graph, which runs to thousands of pixels on a real deployment
    FindingsHtml.render(h, result, links);
    if (!wiring.isEmpty()) {
      h.append("<h2 id=\"wiring-title\">Port wiring</h2><div class=\"legend\">")
          .append(
              "<span><i class=\"dot\" style=\"background:#1a73e8\"></i>lands on a listener</span>")
          .append("<span><i class=\"dot\" style=\"background:#d93025\"></i>")
          .append("lands on no listener (links to its finding)</span>")
          .append("<span><i class=\"dot\" style=\"background:#9aa0a6\"></i>unknown</span></div>")
          .append("<p class=\"note\">Callers above what they call; a label gives the port a line")
          .append(
              " calls at, ✗ where nothing listens there, ? where the files do not say. Point at a")
          .append(" box to bring out its lines.</p>")
          .append(wiring);
    }
    PortsHtml.render(h, result);
    h.append("<script>").append(SCRIPT).append("</script></body></html>\n");
    Files.writeString(file, h, StandardCharsets.UTF_8);
  }

  private static String card(String cls, String label, long n) {
    return "<div class=\"card " + cls + "\"><b>" + n + "</b>" + label + "</div>";
  }
}
