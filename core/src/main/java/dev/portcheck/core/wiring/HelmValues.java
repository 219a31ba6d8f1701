package dev.portcheck.core.wiring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's {@code values.yaml}, as its templates see it through {@code .Values}: each scalar leaf
 * by its dotted path, located where it is written. Renders the template expressions whose meaning
 * is plain ({@code {{ .Values.service.port }}}, with {@code default}, {@code quote}, {@code int},
 * {@code toString}); any other expression stays a template, so its value stays unknown.
 */
public final class HelmValues {
  private final Map<String, Setting> leaves = new HashMap<>();

  /** Paths of mappings and lists: {@code .Values.service} is no scalar when service.port is set. */
  private final Set<String> collections = new HashSet<>();

  // One {{ }} action; the trim markers are blanks to the renderer's result here.
  private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
  private static final Pattern PATH = Pattern.compile("\\$?\\.Values((?:\\.[A-Za-z_][\\w]*)+)");
  private static final Pattern LITERAL = Pattern.compile("-?\\d+|\"[^\"]*\"|'[^']*'");

  /** The chart's {@code Chart.yaml} fields templates read as {@code .Chart.Name} and the like. */
  private final Map<String, Setting> chart = new HashMap<>();

  private static final Pattern CHART_FIELD =
      Pattern.compile("\\$?\\.Chart\\.(Name|Version|AppVersion)");

  public HelmValues(List<Setting> values) {
    this(values, List.of());
  }

  /** Values and the fields of the chart's {@code Chart.yaml} ({@code name}, {@code appVersion}). */
  public HelmValues(List<Setting> values, List<Setting> chartFile) {
    for (Setting s : chartFile) {
      chart.put(s.name(), s);
    }
    for (Setting s : values) {
      leaves.put(s.name(), s);
      String key = s.name();
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c == '.' || c == '[') {
          collections.add(key.substring(0, i));
        }
      }
    }
  }

  private static final Pattern TO_YAML =
      Pattern.compile(
          "\\{\\{-?\\s*toYaml\\s+\\$?\\.Values((?:\\.[A-Za-z_]\\w*)+)"
              + "\\s*(?:\\|\\s*n?indent\\s+\\d{1,3}\\s*)?-?}}");

  /**
   * What {@code {{ toYaml .Values.x | nindent 12 }}} writes: each leaf below {@code x}, by its path
   * relative to it ({@code .httpGet.port}, {@code [0].containerPort}), with its setting in the
   * values file; empty when the action is no such call or {@code x} holds no leaf.
   */
  public List<Map.Entry<String, Setting>> written(String action) {
    Matcher m = TO_YAML.matcher(action.strip());
    if (!m.matches()) {
      return List.of();
    }
    String path = m.group(1).substring(1);
    List<Map.Entry<String, Setting>> out = new java.util.ArrayList<>();
    for (Map.Entry<String, Setting> leaf : leaves.entrySet()) {
      String name = leaf.getKey();
      if (name.length() > path.length()
          && name.startsWith(path)
          && (name.charAt(path.length()) == '.' || name.charAt(path.length()) == '[')) {
        out.add(Map.entry(name.substring(path.length()), leaf.getValue()));
      }
    }
    // In the order the values file writes them (the leaves are kept unordered): stable output.
    out.sort(
        java.util.Comparator.comparing((Map.Entry<String, Setting> e) -> e.getValue().loc().line())
            .thenComparing(e -> e.getValue().loc().column()));
    return out;
  }

  /** A rendered value and the setting it came from when it is one value of the chart. */
  public record Rendered(String text, Optional<Setting> source) {}

  /**
   * {@code text} with each plain action replaced by its value; empty when an action is not plain or
   * names a value the chart does not set. The source is the values-file setting when the whole text
   * is one action that took its value from there.
   */
  public Optional<Rendered> render(String text) {
    return render(text, false);
  }

  /**
   * {@code text} with each plain action replaced by its value and any other action kept as written
   * ({@code http://{{ include "shop.fullname" . }}-api:{{ .Values.api.port }}} as {@code http://{{
   * include "shop.fullname" . }}-api:8080}): what is left is template text the model compares as
   * such. Empty when no action is plain.
   */
  public Optional<Rendered> renderPlainActions(String text) {
    return render(text, true);
  }

  private Optional<Rendered> render(String text, boolean partly) {
    if (!text.contains("{{")) {
      return Optional.empty();
    }
    Matcher m = ACTION.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    Setting only = null;
    int actions = 0;
    int rendered = 0;
    while (m.find()) {
      actions++;
      Optional<Value> v = evaluate(m.group(1));
      if (v.isEmpty() && !partly) {
        return Optional.empty();
      }
      out.append(text, last, m.start()).append(v.isPresent() ? v.get().text() : m.group());
      if (v.isPresent()) {
        rendered++;
        only = v.get().source();
      }
      last = m.end();
    }
    out.append(text.substring(last));
    String result = out.toString();
    if (rendered == 0 || !partly && result.contains("{{")) {
      return Optional.empty();
    }
    boolean whole = actions == 1 && text.strip().startsWith("{{") && text.strip().endsWith("}}");
    return Optional.of(new Rendered(result, whole ? Optional.ofNullable(only) : Optional.empty()));
  }

  private record Value(String text, Setting source) {}

  /** A pipeline of one {@code .Values} path and the functions that keep its meaning plain. */
  private Optional<Value> evaluate(String action) {
    String[] stages = action.split("\\|");
    Value value = null;
    for (int i = 0; i < stages.length; i++) {
      String[] words = stages[i].strip().split("\\s+");
      Optional<Value> next = apply(words, value, i == 0);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      value = next.get();
    }
    return value == null || value.text() == null ? Optional.empty() : Optional.of(value);
  }

  /** One stage: a path, or a function over its last argument (the piped value when piped). */
  private Optional<Value> apply(String[] words, Value piped, boolean first) {
    if (first && words.length == 1) {
      return lookup(words[0]);
    }
    Value argument = piped;
    int own = words.length - 1;
    if (first) {
      // In a first stage the last word is the function's operand: quote .Values.x
      if (words.length < 2) {
        return Optional.empty();
      }
      Optional<Value> operand = lookup(words[words.length - 1]);
      if (operand.isEmpty()) {
        return Optional.empty();
      }
      argument = operand.get();
      own = words.length - 2;
    }
    String function = words[0];
    switch (function) {
      case "quote", "squote", "toString", "int", "int64", "trim" -> {
        if (own != 0 || argument.text() == null) {
          return Optional.empty();
        }
        return Optional.of(argument);
      }
      case "default" -> {
        if (own != 1) {
          return Optional.empty();
        }
        Optional<Value> fallback =
            LITERAL.matcher(words[1]).matches()
                ? Optional.of(new Value(unquote(words[1]), null))
                : lookup(words[1]);
        if (fallback.isEmpty()) {
          return Optional.empty();
        }
        return argument.text() == null || argument.text().isEmpty()
            ? fallback
            : Optional.of(argument);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** The value at a {@code .Values} path; text null when the chart leaves it unset or empty. */
  private Optional<Value> lookup(String word) {
    Matcher field = CHART_FIELD.matcher(word);
    if (field.matches()) {
      // Chart.yaml writes appVersion for .Chart.AppVersion, name for .Chart.Name.
      String f = field.group(1);
      Setting s = chart.get(Character.toLowerCase(f.charAt(0)) + f.substring(1));
      return Optional.of(new Value(s == null ? null : s.value(), s));
    }
    Matcher m = PATH.matcher(word);
    if (!m.matches()) {
      return Optional.empty();
    }
    String path = m.group(1).substring(1);
    if (collections.contains(path)) {
      return Optional.empty();
    }
    Setting s = leaves.get(path);
    if (s == null) {
      return Optional.of(new Value(null, null));
    }
    String v = s.value();
    if (v.equals("{}") || v.equals("[]")) {
      return Optional.empty();
    }
    return Optional.of(new Value(v.equals("~") || v.equals("null") ? null : v, s));
  }

  /**
   * What a condition finds at a {@code .Values} path ({@code $.Values} alike): a mapping or list
   * with entries, a scalar's text, or nothing (text null). Empty when {@code word} is no such path.
   */
  Optional<Held> held(String word) {
    Matcher m = PATH.matcher(word);
    if (!m.matches()) {
      return Optional.empty();
    }
    String path = m.group(1).substring(1);
    if (collections.contains(path)) {
      return Optional.of(new Held(true, null));
    }
    Setting s = leaves.get(path);
    return Optional.of(new Held(false, s == null ? null : s.value()));
  }

  /** A value a condition reads: a non-empty collection, or a scalar's text (null when unset). */
  record Held(boolean collection, String text) {}

  private static String unquote(String literal) {
    char c = literal.charAt(0);
    return c == '"' || c == '\'' ? literal.substring(1, literal.length() - 1) : literal;
  }
}
