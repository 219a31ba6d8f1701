package dev.portcheck.core.report;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The findings part of {@code portcheck.html}: a table of counts per rule and severity, then the
 * errors and warnings grouped by rule and file, then the infos, grouped the same way inside a
 * collapsed {@code <details>}. Each group carries its count in {@code data-count}, so a browser
 * test compares the page with {@code portcheck.json}.
 */
final class FindingsHtml {
  private FindingsHtml() {}

  /** A finding and its number in the result, which its anchor uses. */
  private record Numbered(int n, Finding finding) {}

  static void render(StringBuilder h, AnalysisResult result, PageLinks links) {
    List<Numbered> numbered = new ArrayList<>();
    int n = 0;
    for (Finding f : result.findings()) {
      numbered.add(new Numbered(n++, f));
    }
    FindingCounts counts = FindingCounts.of(result.findings());
    h.append("<h2 id=\"findings-title\">Findings</h2>");
    countsTable(h, counts);
    h.append("<div class=\"filters\"><label>Severity <select id=\"severity\">")
        .append("<option value=\"\">all</option>");
    for (Severity s : Severity.values()) {
      h.append("<option value=\"").append(s.id()).append("\">").append(s.id()).append("</option>");
    }
    h.append("</select></label><label>Rule <select id=\"rule\"><option value=\"\">all</option>");
    counts.rules().stream()
        .map(FindingCounts.RuleCount::rule)
        .sorted()
        .forEach(r -> h.append("<option>").append(Html.esc(r)).append("</option>"));
    h.append("</select></label><span id=\"shown\"></span></div><div id=\"findings\">");
    Map<String, Map<String, List<Numbered>>> serious =
        counts.group(numbered, Numbered::finding, f -> f.severity() != Severity.INFO);
    groups(h, serious, "group-", links);
    long infos = counts.count(Severity.INFO);
    if (infos > 0) {
      Map<String, Map<String, List<Numbered>>> info =
          counts.group(numbered, Numbered::finding, f -> f.severity() == Severity.INFO);
      h.append("<details id=\"infos\"><summary>")
          .append(FindingCounts.describe(infos, Severity.INFO))
          .append(" from ")
          .append(info.size())
          .append(info.size() == 1 ? " rule" : " rules")
          .append(" (collapsed: open to list them)</summary>");
      groups(h, info, "infos-", links);
      h.append("</details>");
    }
    if (counts.total() == 0) {
      h.append("<p>No findings.</p>");
    }
    h.append("</div>");
  }

  private static void countsTable(StringBuilder h, FindingCounts counts) {
    if (counts.rules().isEmpty()) {
      return;
    }
    h.append("<table id=\"finding-counts\" class=\"counts\"><thead><tr><th>Rule</th>");
    for (Severity s : Severity.values()) {
      h.append("<th>").append(s.id()).append("s</th>");
    }
    h.append("<th>total</th></tr></thead><tbody>");
    for (FindingCounts.RuleCount r : counts.rules()) {
      String anchor = (r.worst() == Severity.INFO ? "infos-" : "group-") + r.rule();
      h.append("<tr data-rule=\"").append(Html.esc(r.rule())).append("\"><td><a href=\"#");
      h.append(Html.esc(anchor)).append("\">").append(Html.esc(r.rule())).append("</a></td>");
      for (Severity s : Severity.values()) {
        h.append("<td class=\"n sev-")
            .append(s.id())
            .append("\" data-severity=\"")
            .append(s.id())
            .append("\">")
            .append(r.of(s) == 0 ? "" : String.valueOf(r.of(s)))
            .append("</td>");
      }
      h.append("<td class=\"n\">").append(r.total()).append("</td></tr>");
    }
    h.append("</tbody><tfoot><tr><th>all rules</th>");
    for (Severity s : Severity.values()) {
      h.append("<th class=\"n\">").append(counts.count(s)).append("</th>");
    }
    h.append("<th class=\"n\">").append(counts.total()).append("</th></tr></tfoot></table>");
  }

  private static void groups(
      StringBuilder h,
      Map<String, Map<String, List<Numbered>>> byRule,
      String idPrefix,
      PageLinks links) {
    for (Map.Entry<String, Map<String, List<Numbered>>> rule : byRule.entrySet()) {
      List<Finding> all = new ArrayList<>();
      rule.getValue().values().forEach(l -> l.forEach(x -> all.add(x.finding())));
      h.append("<section class=\"rule-group\" id=\"")
          .append(Html.esc(idPrefix + rule.getKey()))
          .append("\" data-rule=\"")
          .append(Html.esc(rule.getKey()))
          .append("\" data-count=\"")
          .append(all.size())
          .append("\"><h3>")
          .append(Html.esc(rule.getKey()))
          .append(" <span class=\"counts\">")
          .append(Html.esc(describe(all)))
          .append(" in ")
          .append(rule.getValue().size())
          .append(rule.getValue().size() == 1 ? " file" : " files")
          .append("</span></h3>");
      for (Map.Entry<String, List<Numbered>> file : rule.getValue().entrySet()) {
        h.append("<div class=\"file-group\" data-count=\"")
            .append(file.getValue().size())
            .append("\"><h4><code>")
            .append(Html.esc(file.getKey()))
            .append("</code> <span class=\"counts\">")
            .append(file.getValue().size())
            .append("</span></h4><ul>");
        for (Numbered x : file.getValue()) {
          finding(h, x, links);
        }
        h.append("</ul></div>");
      }
      h.append("</section>");
    }
  }

  private static String describe(List<Finding> findings) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      Predicate<Finding> at = f -> f.severity() == s;
      long n = findings.stream().filter(at).count();
      if (n > 0) {
        parts.add(FindingCounts.describe(n, s));
      }
    }
    return String.join(", ", parts);
  }

  private static void finding(StringBuilder h, Numbered x, PageLinks links) {
    Finding f = x.finding();
    String where = "[" + f.line() + "," + f.column() + "]";
    String port = links.portRow(f);
    String edge = links.edge(f);
    h.append("<li class=\"finding\" id=\"finding-")
        .append(x.n())
        .append("\" data-severity=\"")
        .append(f.severity().id())
        .append("\" data-rule=\"")
        .append(Html.esc(f.rule()))
        .append("\"><span class=\"sev sev-")
        .append(f.severity().id())
        .append("\">")
        .append(f.severity().id())
        .append("</span> ");
    if (port != null) {
      h.append("<a class=\"where\" href=\"#")
          .append(port)
          .append("\" title=\"the setting in the ports table\">")
          .append(where)
          .append("</a>");
    } else {
      h.append("<span class=\"where\">").append(where).append("</span>");
    }
    h.append(" <span class=\"message\">").append(Html.esc(f.message())).append("</span>");
    if (edge != null) {
      h.append(" <a class=\"to-wiring\" href=\"#")
          .append(edge)
          .append("\">show in the wiring graph</a>");
    }
    h.append("</li>");
  }
}
