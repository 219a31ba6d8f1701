package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.TemplateBranches;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a template condition with a chart's own values, as Go templates do: {@code .Values}
 * paths, literals, {@code not}, {@code and}, {@code or}, {@code empty}, {@code eq}, {@code ne},
 * {@code lt}, {@code le}, {@code gt}, {@code ge}, in parentheses. Anything else (a variable, a
 * pipe, {@code include}, {@code .Capabilities}, {@code .Release}) is unknown, and so is every
 * condition that depends on it: the branch is then read as today, as if rendered.
 */
final class HelmConditions {
  private final HelmValues values;

  HelmConditions(HelmValues values) {
    this.values = values;
  }

  /** Whether Helm renders {@code branch} with the chart's values; empty when it cannot be told. */
  Optional<Boolean> renders(TemplateBranches.Branch branch) {
    boolean unknown = false;
    for (TemplateBranches.Condition c : branch.whenTrue()) {
      Optional<Boolean> t = holds(c);
      if (t.isPresent() && !t.get()) {
        return Optional.of(false);
      }
      unknown |= t.isEmpty();
    }
    for (TemplateBranches.Condition c : branch.whenFalse()) {
      Optional<Boolean> t = holds(c);
      if (t.isPresent() && t.get()) {
        return Optional.of(false);
      }
      unknown |= t.isEmpty();
    }
    return unknown ? Optional.empty() : Optional.of(true);
  }

  /** The truth of one condition; empty when unknown. */
  Optional<Boolean> holds(TemplateBranches.Condition c) {
    if (c.pipeline().equals(TemplateBranches.DEFINE) || c.pipeline().contains("|")) {
      return Optional.empty();
    }
    List<String> tokens = tokens(c.pipeline());
    if (tokens == null) {
      return Optional.empty();
    }
    Parser p = new Parser(tokens, c.dotRebound());
    Optional<Operand> v = p.call();
    return p.at == tokens.size() ? v.flatMap(Operand::truth) : Optional.empty();
  }

  /**
   * A value: a known scalar (text, null for nil), a non-empty collection, or unknown (empty
   * Optional around it).
   */
  private record Operand(boolean collection, String text) {
    Optional<Boolean> truth() {
      if (collection) {
        return Optional.of(true);
      }
      if (text == null) {
        return Optional.of(false);
      }
      String t = text.strip();
      return Optional.of(
          !(t.isEmpty()
              || t.equals("false")
              || t.equals("~")
              || t.equals("null")
              || t.equals("{}")
              || t.equals("[]")
              || isZero(t)));
    }

    private static boolean isZero(String t) {
      try {
        return Double.parseDouble(t) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }

  private static final Operand TRUE = new Operand(false, "true");
  private static final Operand FALSE = new Operand(false, "false");

  private final class Parser {
    final List<String> tokens;
    final boolean dotRebound;
    int at;

    Parser(List<String> tokens, boolean dotRebound) {
      this.tokens = tokens;
      this.dotRebound = dotRebound;
    }

    /** A function applied to its arguments, or one operand, up to a closing parenthesis. */
    Optional<Operand> call() {
      if (at >= tokens.size()) {
        return Optional.empty();
      }
      String head = tokens.get(at);
      if (!isFunction(head)) {
        Optional<Operand> only = operand();
        if (at >= tokens.size() || tokens.get(at).equals(")")) {
          return only;
        }
        // A function not known here (include, hasKey, semverCompare): its value is unknown.
        for (int depth = 0; at < tokens.size(); at++) {
          String t = tokens.get(at);
          if (t.equals(")") && depth-- == 0) {
            break;
          }
          depth += t.equals("(") ? 1 : 0;
        }
        return Optional.empty();
      }
      at++;
      List<Optional<Operand>> args = new ArrayList<>();
      while (at < tokens.size() && !tokens.get(at).equals(")")) {
        args.add(operand());
      }
      return apply(head, args);
    }

    Optional<Operand> operand() {
      String t = tokens.get(at++);
      if (t.equals("(")) {
        Optional<Operand> inner = call();
        if (at < tokens.size() && tokens.get(at).equals(")")) {
          at++;
          return inner;
        }
        at = tokens.size() + 1; // unbalanced: the whole condition is unknown
        return Optional.empty();
      }
      if (t.startsWith("\"") || t.startsWith("`")) {
        return Optional.of(new Operand(false, t.substring(1, t.length() - 1)));
      }
      if (t.equals("true") || t.equals("false")) {
        return Optional.of(t.equals("true") ? TRUE : FALSE);
      }
      if (t.equals("nil")) {
        return Optional.of(new Operand(false, null));
      }
      if (t.matches("-?\\d+(\\.\\d+)?")) {
        return Optional.of(new Operand(false, t));
      }
      if (dotRebound && !t.startsWith("$.")) {
        return Optional.empty(); // inside with/range, .Values is a field of the new dot
      }
      return values.held(t).map(h -> new Operand(h.collection(), h.text()));
    }
  }

  private static boolean isFunction(String word) {
    return switch (word) {
      case "not", "and", "or", "empty", "eq", "ne", "lt", "le", "gt", "ge" -> true;
      default -> false;
    };
  }

  private static Optional<Operand> apply(String function, List<Optional<Operand>> args) {
    switch (function) {
      case "not", "empty" -> {
        if (args.size() != 1) {
          return Optional.empty();
        }
        return args.get(0).flatMap(Operand::truth).map(b -> b ? FALSE : TRUE);
      }
      case "and", "or" -> {
        // For a condition only the truth counts: one false operand makes an and false, one
        // true operand an or true, whatever the unknown ones hold.
        boolean and = function.equals("and");
        boolean unknown = false;
        for (Optional<Operand> a : args) {
          Optional<Boolean> t = a.flatMap(Operand::truth);
          if (t.isEmpty()) {
            unknown = true;
          } else if (t.get() != and) {
            return Optional.of(and ? FALSE : TRUE);
          }
        }
        return unknown || args.isEmpty() ? Optional.empty() : Optional.of(and ? TRUE : FALSE);
      }
      default -> {
        if (args.size() != 2 || args.get(0).isEmpty() || args.get(1).isEmpty()) {
          return Optional.empty();
        }
        return compare(function, args.get(0).get(), args.get(1).get());
      }
    }
  }

  /** eq/ne/lt/le/gt/ge of two scalars: numbers as numbers, text as text; nil is unknown. */
  private static Optional<Operand> compare(String function, Operand a, Operand b) {
    if (a.collection() || b.collection() || a.text() == null || b.text() == null) {
      return Optional.empty();
    }
    int order;
    try {
      order = Double.compare(Double.parseDouble(a.text()), Double.parseDouble(b.text()));
    } catch (NumberFormatException e) {
      if (!function.equals("eq") && !function.equals("ne")) {
        return Optional.empty();
      }
      order = a.text().equals(b.text()) ? 0 : 1;
    }
    boolean result =
        switch (function) {
          case "eq" -> order == 0;
          case "ne" -> order != 0;
          case "lt" -> order < 0;
          case "le" -> order <= 0;
          case "gt" -> order > 0;
          default -> order >= 0;
        };
    return Optional.of(result ? TRUE : FALSE);
  }

  /** Words, string literals and parentheses; null when a literal is not closed. */
  private static List<String> tokens(String pipeline) {
    List<String> out = new ArrayList<>();
    int i = 0;
    String s = pipeline;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '"' || c == '`') {
        int close = s.indexOf(c, i + 1);
        if (close < 0) {
          return null;
        }
        out.add(s.substring(i, close + 1));
        i = close + 1;
      } else {
        int j = i;
        while (j < s.length()
            && !Character.isWhitespace(s.charAt(j))
            && s.charAt(j) != '('
            && s.charAt(j) != ')') {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }
}
