package dev.portcheck.core.entries;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Helm template's variables bound once at its top level ({@code {{- $componentName := "hat" }}},
 * {@code {{ $servicePort := .Values.hat.servicePort }}}), as charts bind a file's name or port
 * before its objects: each later use inside an action reads as the pipeline it is bound to, so
 * {@code {{ $servicePort }}} renders from the chart's values and two files' {@code {{ printf "%s"
 * $componentName }}} differ as their bindings do. A variable bound inside a block, bound twice or
 * assigned again ({@code $x = ...}) is left as written: which value it holds depends on the run.
 */
final class TemplateVariables {
  private static final Pattern BINDING = Pattern.compile("\\$([A-Za-z_]\\w*)\\s*:=\\s*(.+)");
  private static final Pattern ASSIGNMENT = Pattern.compile("\\$([A-Za-z_]\\w*)\\s*=[^=].*");
  private static final Pattern USE = Pattern.compile("\\$([A-Za-z_]\\w*)(?![\\w.])");
  // The variable as the action's first term, piped on or not: {{ $port }}, {{ $port | quote }}.
  private static final Pattern ALONE = Pattern.compile("\\$[A-Za-z_]\\w*(\\s*\\|.*)?");
  private static final Pattern SIMPLE = Pattern.compile("\"[^\"]*\"|-?\\d+|\\$?(\\.\\w+)+");

  private static final TemplateVariables NONE = new TemplateVariables(Map.of());

  private final Map<String, String> bound;

  private TemplateVariables(Map<String, String> bound) {
    this.bound = bound;
  }

  /** The variables {@code text} binds once at its top level. */
  static TemplateVariables of(String text) {
    if (text.indexOf(":=") < 0) {
      return NONE;
    }
    Map<String, String> bound = new HashMap<>();
    Set<String> unsure = new HashSet<>();
    int depth = 0;
    Matcher m = DotScopes.ACTION.matcher(text);
    while (m.find()) {
      String inner = m.group(1).strip();
      String keyword = inner.split("\\s", 2)[0];
      switch (keyword) {
        case "if", "with", "range", "define", "block" -> depth++;
        case "end" -> depth = Math.max(0, depth - 1);
        default -> {
          Matcher b = BINDING.matcher(inner);
          Matcher a = ASSIGNMENT.matcher(inner);
          if (b.matches()) {
            String name = b.group(1);
            if (depth > 0 || bound.putIfAbsent(name, b.group(2).strip()) != null) {
              unsure.add(name);
            }
          } else if (a.matches()) {
            unsure.add(a.group(1));
          }
        }
      }
    }
    unsure.forEach(bound::remove);
    return bound.isEmpty() ? NONE : new TemplateVariables(bound);
  }

  /**
   * {@code line} with each use of a bound variable inside an action replaced by its pipeline: alone
   * in its action as written ({@code {{ $port }}} as {@code {{ .Values.port }}}), as an argument in
   * parentheses unless it is one term.
   */
  String resolve(String line) {
    if (bound.isEmpty() || line.indexOf('$') < 0 || line.indexOf("{{") < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = DotScopes.ACTION.matcher(line);
    int at = 0;
    while (m.find()) {
      String inner = m.group(1);
      if (BINDING.matcher(inner.strip()).matches()) {
        continue; // the binding itself stays as written
      }
      out.append(line, at, m.start(1)).append(uses(inner));
      at = m.end(1);
    }
    return out.append(line.substring(at)).toString();
  }

  private String uses(String inner) {
    Matcher u = USE.matcher(inner);
    StringBuilder out = new StringBuilder();
    boolean alone = ALONE.matcher(inner.strip()).matches();
    while (u.find()) {
      String pipeline = bound.get(u.group(1));
      String text =
          pipeline == null
              ? u.group()
              : alone || SIMPLE.matcher(pipeline).matches() ? pipeline : "(" + pipeline + ")";
      u.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    u.appendTail(out);
    return out.toString();
  }
}
