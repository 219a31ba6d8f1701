package dev.portcheck.core.entries;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control blocks of a Helm template ({@code if}/{@code else if}/{@code else}, {@code with},
 * {@code range}, {@code define}), as the lines each branch spans and the conditions under which
 * Helm renders them. The line reader reads every branch; a renderer that knows the chart's values
 * tells which branches {@code helm template} keeps.
 */
public final class TemplateBranches {
  private TemplateBranches() {}

  /**
   * One condition of a branch: the pipeline as written ({@code .Values.metrics.enabled}, {@code eq
   * .Values.provider "webhook"}), and whether it sits inside a {@code with} or {@code range}, where
   * {@code .} is no longer the chart's root and only {@code $.Values} still means the values.
   */
  public record Condition(String pipeline, boolean dotRebound) {}

  /**
   * Lines {@code from}..{@code to} (1-based, inclusive), rendered when each of {@code whenTrue}
   * holds and none of {@code whenFalse} does. A {@code define} block is never rendered in place: it
   * has the condition {@link #DEFINE}, which no renderer knows.
   */
  public record Branch(int from, int to, List<Condition> whenTrue, List<Condition> whenFalse) {
    public Branch {
      whenTrue = List.copyOf(whenTrue);
      whenFalse = List.copyOf(whenFalse);
    }

    public boolean spans(int line) {
      return line >= from && line <= to;
    }
  }

  /** The condition of a {@code define} or {@code block} body. */
  public static final String DEFINE = "define";

  private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
  private static final Pattern RANGE_VARIABLES =
      Pattern.compile("^\\$\\w*(?:\\s*,\\s*\\$\\w*)?\\s*:=\\s*");

  private static final class Frame {
    final boolean rebinds;
    final boolean outerRebound;
    final List<Condition> earlier = new ArrayList<>();
    List<Condition> whenTrue;
    List<Condition> whenFalse;
    int start;

    Frame(boolean rebinds, boolean outerRebound) {
      this.rebinds = rebinds;
      this.outerRebound = outerRebound;
    }
  }

  /** The branches of {@code text}, innermost and outermost alike, in the order they close. */
  public static List<Branch> of(String text) {
    List<Branch> out = new ArrayList<>();
    if (!text.contains("{{")) {
      return out;
    }
    Deque<Frame> stack = new ArrayDeque<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int n = 0; n < lines.length; n++) {
      int line = n + 1;
      Matcher m = ACTION.matcher(lines[n]);
      while (m.find()) {
        String action = m.group(1).strip();
        String word = action.split("\\s+", 2)[0];
        String rest = action.substring(word.length()).strip();
        boolean rebound = !stack.isEmpty() && (stack.peek().rebinds || stack.peek().outerRebound);
        switch (word) {
          case "if", "with", "range" -> {
            Frame f = new Frame(!word.equals("if"), rebound);
            String pipeline =
                word.equals("range") ? RANGE_VARIABLES.matcher(rest).replaceFirst("") : rest;
            f.whenTrue = List.of(new Condition(pipeline, rebound));
            f.whenFalse = List.of();
            f.start = line + 1;
            stack.push(f);
          }
          case "define", "block" -> {
            Frame f = new Frame(true, true);
            f.whenTrue = List.of(new Condition(DEFINE, true));
            f.whenFalse = List.of();
            f.start = line + 1;
            stack.push(f);
          }
          case "else" -> {
            Frame f = stack.peek();
            if (f == null) {
              continue;
            }
            close(f, line, out);
            f.earlier.addAll(f.whenTrue);
            f.whenFalse = List.copyOf(f.earlier);
            // {{ else if X }}, {{ else with X }}: another condition of the same chain.
            String[] chained = rest.split("\\s+", 2);
            boolean chain =
                chained.length == 2 && (chained[0].equals("if") || chained[0].equals("with"));
            f.whenTrue = chain ? List.of(new Condition(chained[1], f.outerRebound)) : List.of();
            f.start = line + 1;
          }
          case "end" -> {
            Frame f = stack.poll();
            if (f != null) {
              close(f, line, out);
            }
          }
          default -> {
            // an output action, a variable, a comment: no block
          }
        }
      }
    }
    return out;
  }

  private static void close(Frame f, int closingLine, List<Branch> out) {
    if (closingLine - 1 >= f.start) {
      out.add(new Branch(f.start, closingLine - 1, f.whenTrue, f.whenFalse));
    }
  }
}
