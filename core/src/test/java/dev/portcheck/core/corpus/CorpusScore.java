package dev.portcheck.core.corpus;

import dev.portcheck.core.candidates.PortCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recall, precision and role accuracy of port discovery against the labels. A label counts as found
 * when a candidate of the same file and line lists the same port numbers; a candidate with port
 * numbers that matches no label is a false positive. Labels without port numbers (template
 * expressions, named ports) hold no literal and are not scored.
 */
final class CorpusScore {
  /** Counts for one format (or all). */
  static final class Tally {
    int truePositives;
    int falseNegatives;
    int falsePositives;
    int rolesRight;
    final List<String> misses = new ArrayList<>();

    double recall() {
      int all = truePositives + falseNegatives;
      return all == 0 ? 1 : (double) truePositives / all;
    }

    double precision() {
      int all = truePositives + falsePositives;
      return all == 0 ? 1 : (double) truePositives / all;
    }

    double roleAccuracy() {
      return truePositives == 0 ? 1 : (double) rolesRight / truePositives;
    }

    void add(Tally o) {
      truePositives += o.truePositives;
      falseNegatives += o.falseNegatives;
      falsePositives += o.falsePositives;
      rolesRight += o.rolesRight;
      misses.addAll(o.misses);
    }
  }

  final Map<String, Tally> byFormat = new TreeMap<>();
  final Tally total = new Tally();

  void score(String format, String file, List<Corpus.Label> labels, List<PortCandidate> found) {
    Tally t = new Tally();
    List<PortCandidate> unmatched = new ArrayList<>();
    for (PortCandidate c : found) {
      if (!c.portValues().isEmpty()) {
        unmatched.add(c);
      }
    }
    for (Corpus.Label label : labels) {
      if (label.trap() || label.ports().isEmpty()) {
        continue;
      }
      PortCandidate match =
          unmatched.stream()
              .filter(c -> c.line() == label.line() && c.portValues().equals(label.ports()))
              .findFirst()
              .orElse(null);
      if (match == null) {
        t.falseNegatives++;
        t.misses.add("miss " + file + ":" + label.line() + " " + label.key() + " " + label.ports());
        continue;
      }
      unmatched.remove(match);
      t.truePositives++;
      if (match.role().id().equals(label.kind())) {
        t.rolesRight++;
      } else {
        t.misses.add(
            "role "
                + file
                + ":"
                + label.line()
                + " "
                + label.key()
                + " expected "
                + label.kind()
                + ", got "
                + match.role().id());
      }
    }
    for (PortCandidate c : unmatched) {
      t.falsePositives++;
      t.misses.add(
          "false positive " + file + ":" + c.line() + " " + c.key() + " " + c.portValues());
    }
    byFormat.computeIfAbsent(format, f -> new Tally()).add(t);
    total.add(t);
  }

  String table() {
    StringBuilder out =
        new StringBuilder(
            String.format(
                "%-22s %7s %9s %6s %5s %4s %4s%n",
                "format", "recall", "precision", "role", "tp", "fn", "fp"));
    byFormat.forEach((format, t) -> out.append(row(format, t)));
    out.append(row("ALL", total));
    return out.toString();
  }

  private static String row(String name, Tally t) {
    return String.format(
        "%-22s %7.3f %9.3f %6.3f %5d %4d %4d%n",
        name,
        t.recall(),
        t.precision(),
        t.roleAccuracy(),
        t.truePositives,
        t.falseNegatives,
        t.falsePositives);
  }
}
