package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.ComposeInterpolation;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.rules.CandidateRule;
import dev.portcheck.core.rules.FileRule;
import dev.portcheck.core.rules.RuleSet;
import dev.portcheck.core.rules.UnresolvedPortRule;
import dev.portcheck.core.wiring.ComposeModel;
import dev.portcheck.core.wiring.ComposeProject;
import dev.portcheck.core.wiring.Loc;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.function.Function;
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
      Optional<ComposeProject> project =
          model == null ? Optional.empty() : model.projectOf(c.file());
      Optional<PortCandidate> read =
          project.flatMap(p -> ComposeInterpolation.interpolate(c, p.env()::get, definitions(p)));
      // The per-port rules judge these here, not when the file was scanned: what compose binds
      // is the value as interpolated, and a default the .env overrides is no port at all.
      boolean again = read.isPresent() && !sameReading(read.get(), c);
      if (read.isEmpty()) {
        findings.addAll(UNRESOLVED.check(c));
      }
      PortCandidate judged = again ? read.get() : c;
      UnaryOperator<Finding> link = UnaryOperator.identity();
      if (again) {
        replaced.put(i, judged);
        ComposeProject at = project.get();
        link = f -> linked(f, c.raw(), at);
        linkers.put(placeOf(c.file(), c.line(), c.key()), link);
        files.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(i);
      }
      for (CandidateRule rule : rules.candidateRules()) {
        for (Finding f : rule.check(judged)) {
          findings.add(link.apply(f));
        }
      }
    }
    if (replaced.isEmpty()) {
      return new Outcome(all, findings);
    }
    List<PortCandidate> candidates = new Replaced(all, replaced);
    // Each such file's candidates as first read and as read again, in one pass over the list.
    Map<String, List<PortCandidate>> before = new TreeMap<>();
    Map<String, List<PortCandidate>> after = new TreeMap<>();
    files.keySet().forEach(f -> before.put(f, new ArrayList<>()));
    files.keySet().forEach(f -> after.put(f, new ArrayList<>()));
    for (int i = 0; i < all.size(); i++) {
      List<PortCandidate> first = before.get(all.get(i).file());
      if (first != null) {
        first.add(all.get(i));
        after.get(all.get(i).file()).add(candidates.get(i));
      }
    }
    UnaryOperator<Finding> linked =
        f -> linkers.getOrDefault(placeOf(f.file(), f.line(), f.key()), g -> g).apply(f);
    files.forEach(
        (file, indices) -> {
          for (Finding f :
              fileFindings(candidates, before.get(file), after.get(file), indices, rules)) {
            findings.add(linked.apply(f));
          }
        });
    return new Outcome(candidates, findings, linked);
  }

  /** Where each of the project's {@code .env} variables is defined, for the numbers it gives. */
  private static Function<String, PortLiteral.Definition> definitions(ComposeProject p) {
    return name -> {
      Loc at = p.defined().get(name);
      return at == null
          ? null
          : new PortLiteral.Definition(name, at.file(), at.line(), at.column());
    };
  }

  /** True when reading again gives what the file alone gave: nothing the .env changes. */
  private static boolean sameReading(PortCandidate read, PortCandidate first) {
    return read.role() == first.role()
        && read.hostIp().equals(first.hostIp())
        && read.portValues().equals(first.portValues());
  }

  private static String placeOf(String file, int line, String key) {
    return file + ':' + line + ':' + key;
  }

  /**
   * The per-file rules on a file whose candidates were read again: what they find at those
   * candidates now that they did not find when the file was scanned.
   */
  private static List<Finding> fileFindings(
      List<PortCandidate> candidates,
      List<PortCandidate> before,
      List<PortCandidate> after,
      List<Integer> indices,
      RuleSet rules) {
    List<Finding> found = new ArrayList<>();
    for (FileRule rule : rules.fileRules()) {
      java.util.Set<Finding> known = new java.util.HashSet<>(rule.check(before));
      for (Finding f : rule.check(after)) {
        if (known.contains(f)) {
          continue;
        }
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
  private static Finding linked(Finding f, String raw, ComposeProject project) {
    String defined = project.definitionsOf(raw);
    Finding.Related related = f.related();
    if (related == null) {
      for (Map.Entry<String, Loc> d : project.definedIn(raw).entrySet()) {
        Loc at = d.getValue();
        related =
            new Finding.Related(at.file(), at.line(), at.column(), d.getKey() + " is defined here");
        break;
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
