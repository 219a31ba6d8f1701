package dev.portcheck.core.candidates;

import dev.portcheck.core.entries.TemplateBranches;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions under which Helm renders a template's settings, as their profile. Two branches of
 * one {@code if}/{@code else} never render together, and two conditional blocks render together
 * only for some values: like two Spring profiles, settings of different conditions are never judged
 * against each other, each only against what the template always renders. Without this, {@code
 * containerPort: 8443} under {@code {{ if .Values.tls }}} and again under {@code {{ else }}} was a
 * port bound twice in one pod.
 */
public final class TemplateConditions {
  private TemplateConditions() {}

  /**
   * {@code candidates} with the profile of the branches their line is in; the same list when no
   * candidate is in a branch. A profile the setting names itself is kept.
   */
  public static List<PortCandidate> apply(
      List<PortCandidate> candidates, List<TemplateBranches.Branch> branches) {
    if (branches.isEmpty()) {
      return candidates;
    }
    List<PortCandidate> out = new ArrayList<>(candidates.size());
    for (PortCandidate c : candidates) {
      String condition = c.profile().isEmpty() ? of(branches, c.line()) : "";
      out.add(condition.isEmpty() ? c : c.withProfile(condition));
    }
    return out;
  }

  /**
   * The conditions of the branches spanning {@code line}, outermost first, each written as the
   * action that would render it alone ({@code {{ if not .Values.tls }}} for an {@code else}); empty
   * outside every branch.
   */
  static String of(List<TemplateBranches.Branch> branches, int line) {
    List<TemplateBranches.Branch> spanning = new ArrayList<>();
    for (TemplateBranches.Branch b : branches) {
      if (b.spans(line)) {
        spanning.add(b);
      }
    }
    // Outermost first: the one that starts first, and of two that start together, the longer.
    spanning.sort(
        (a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : b.to() - a.to());
    StringBuilder out = new StringBuilder();
    for (TemplateBranches.Branch b : spanning) {
      for (TemplateBranches.Condition c : b.whenFalse()) {
        append(out, "not " + operand(c.pipeline()));
      }
      for (TemplateBranches.Condition c : b.whenTrue()) {
        append(out, c.pipeline());
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String condition) {
    if (!out.isEmpty()) {
      out.append(' ');
    }
    out.append(
        condition.equals(TemplateBranches.DEFINE) ? "{{ define }}" : "{{ if " + condition + " }}");
  }

  private static String operand(String pipeline) {
    return pipeline.indexOf(' ') < 0 ? pipeline : "(" + pipeline + ")";
  }
}
