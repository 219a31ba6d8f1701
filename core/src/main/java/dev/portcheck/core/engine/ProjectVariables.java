package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.ComposeInterpolation;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.rules.CandidateRule;
import dev.portcheck.core.rules.FileRule;
import dev.portcheck.core.rules.RuleSet;
import dev.portcheck.core.rules.UnresolvedPortRule;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.Loc;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The compose candidates whose values use variables, read again with the {@code .env} of the
 * project the compose model puts their file in: {@code ports: ["${CART_PORT}"]} with {@code
 * CART_PORT=7070} is port 7070 in the inventory, on the port map and before every per-port rule, as
 * it is in the wiring graph. What no {@code .env} defines stays unknown, and only that is an {@code
 * unresolved-port} info.
 */
final class ProjectVariables {
  private static final UnresolvedPortRule UNRESOLVED = new UnresolvedPortRule();

  /**
   * @param candidates every candidate, those read again in place of the first reading
   * @param findings the per-port and per-file rules' findings on the candidates read again, each
   *     linked to the {@code .env} line that defines its variable; the unresolved-port infos
   * @param linked what the cross-file rules find at a candidate read again, linked the same way
   */
  record Outcome(
      List<PortCandidate> candidates, List<Finding> findings, UnaryOperator<Finding> linked) {

    Outcome(List<PortCandidate> candidates, List<Finding> findings) {
      this(candidates, findings, UnaryOperator.identity());
    }

    List<Finding> linkAll(List<Finding> found) {
      List<Finding> out = new ArrayList<>(found.size());
      for (Finding f : found) {
        out.add(linked.apply(f));
      }
      return out;
    }
  }

  private ProjectVariables() {}

  /**
   * Reads again what needs variables; {@code compose} is built only if something does, and may be
   * null when the module has no wiring facts.
   */
  static Outcome resolve(List<PortCandidate> all, Supplier<ComposeModel> compose, RuleSet rules) {
    Map<Integer, PortCandidate> replaced = new HashMap<>();
    Map<String, UnaryOperator<Finding>> linkers = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    ComposeModel model = null;
    boolean asked = false;
    // One file's candidates read again, for the per-file rules; sorted for a stable order.
    Map<String, List<Integer>> files = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      PortCandidate c = all.get(i);
      if (!ComposeInterpolation.usesVariables(c)) {
        continue;
      }
      if (!asked) {
        model = compose.get();
        asked = true;
      }
      Optional<ComposeModel.Project> project =
          model == null ? Optional.empty() : model.projectOf(c.file());
      Optional<PortCandidate> read =
          project.flatMap(p -> ComposeInterpolation.interpolate(c, p.env()::get));
      if (read.isEmpty()) {
        findings.addAll(UNRESOLVED.check(c));
        continue;
      }
      if (read.get().ports().equals(c.ports()) && read.get().role() == c.role()) {
        continue; // a default the .env leaves as it is: judged when the file was scanned
      }
      replaced.put(i, read.get());
      ComposeModel.Project at = project.get();
      linkers.put(placeOf(c.file(), c.line(), c.key()), f -> linked(f, c.raw(), at));
      files.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(i);
      for (CandidateRule rule : rules.candidateRules()) {
        for (Finding f : rule.check(read.get())) {
          findings.add(linked(f, c.raw(), project.get()));
        }
      }
    }
    if (replaced.isEmpty()) {
      return new Outcome(all, findings);
    }
    List<PortCandidate> candidates = new Replaced(all, replaced);
    Map<String, List<PortCandidate>> ofFiles = new TreeMap<>();
    files.keySet().forEach(f -> ofFiles.put(f, new ArrayList<>()));
    for (PortCandidate c : candidates) {
      List<PortCandidate> ofFile = ofFiles.get(c.file());
      if (ofFile != null) {
        ofFile.add(c);
      }
    }
    UnaryOperator<Finding> linked =
        f -> linkers.getOrDefault(placeOf(f.file(), f.line(), f.key()), g -> g).apply(f);
    files.forEach(
        (file, indices) -> {
          for (Finding f : fileFindings(candidates, ofFiles.get(file), indices, rules)) {
            findings.add(linked.apply(f));
          }
        });
    return new Outcome(candidates, findings, linked);
  }

  private static String placeOf(String file, int line, String key) {
    return file + ':' + line + ':' + key;
  }

  /**
   * The per-file rules on a file whose candidates were read again: only what they find at those
   * candidates is new, the rest was found when the file was scanned.
   */
  private static List<Finding> fileFindings(
      List<PortCandidate> candidates,
      List<PortCandidate> ofFile,
      List<Integer> indices,
      RuleSet rules) {
    List<Finding> found = new ArrayList<>();
    for (FileRule rule : rules.fileRules()) {
      for (Finding f : rule.check(ofFile)) {
        for (int i : indices) {
          PortCandidate c = candidates.get(i);
          if (f.line() == c.line() && f.key().equals(c.key())) {
            found.add(f);
            break;
          }
        }
      }
    }
    return found;
  }

  /** A finding on a value read again, naming and linking where its variables are defined. */
  private static Finding linked(Finding f, String raw, ComposeModel.Project project) {
    String defined = project.definitionsOf(raw);
    Finding.Related related = f.related();
    if (related == null) {
      for (Map.Entry<String, Loc> d : new TreeMap<>(project.defined()).entrySet()) {
        if (raw.contains("${" + d.getKey()) || raw.contains("$" + d.getKey())) {
          Loc at = d.getValue();
          related =
              new Finding.Related(
                  at.file(), at.line(), at.column(), d.getKey() + " is defined here");
          break;
        }
      }
    }
    return new Finding(
        f.rule(),
        f.severity(),
        f.file(),
        f.line(),
        f.column(),
        f.key(),
        f.port(),
        f.message() + defined,
        related);
  }

  /** A list with some elements read again; the rest are the original list's, not copied. */
  private static final class Replaced extends AbstractList<PortCandidate> implements RandomAccess {
    private final List<PortCandidate> all;
    private final Map<Integer, PortCandidate> replaced;

    Replaced(List<PortCandidate> all, Map<Integer, PortCandidate> replaced) {
      this.all = all;
      this.replaced = Map.copyOf(replaced);
    }

    @Override
    public PortCandidate get(int index) {
      PortCandidate r = replaced.get(index);
      return r != null ? r : all.get(index);
    }

    @Override
    public int size() {
      return all.size();
    }
  }
}
