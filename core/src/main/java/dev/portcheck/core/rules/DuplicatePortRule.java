package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Two listen settings of one application bind the same port and protocol, in one file or in two (an
 * {@code application.yml} and an {@code application-dev.properties}). Clashes within a scope of one
 * file (a compose project, a Kubernetes object) are {@link DuplicatePortInFileRule}'s, under the
 * same id; the check itself is {@link BindingClashes}.
 */
public final class DuplicatePortRule implements ProjectRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "duplicate-port",
          Severity.ERROR,
          "Same port bound twice",
          "Two listeners of one application or compose project on one port and protocol: the "
              + "second fails to start with 'address already in use'.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(List<PortCandidate> candidates) {
    BindingClashes clashes = new BindingClashes(candidates);
    List<BindingClashes.Setting> application = new ArrayList<>();
    for (int index : reportOrder(candidates)) {
      PortCandidate c = candidates.get(index);
      if (c.scope().equals(PortCandidate.APPLICATION_SCOPE) && BindingClashes.binds(c)) {
        application.add(clashes.setting(index));
      }
    }
    Set<Finding> found = new TreeSet<>(Finding.ORDER);
    clashes.check(application, found);
    return List.copyOf(found);
  }

  /** {@link PortCandidate#ORDER}, with the file compared by equality first: most pairs share it. */
  private static boolean inOrder(PortCandidate a, PortCandidate b) {
    if (!a.file().equals(b.file())) {
      return a.file().compareTo(b.file()) < 0;
    }
    if (a.line() != b.line()) {
      return a.line() < b.line();
    }
    if (a.column() != b.column()) {
      return a.column() < b.column();
    }
    return a.key().compareTo(b.key()) <= 0;
  }

  /** Indexes of the candidates in report order; the engine's list is in that order already. */
  private static int[] reportOrder(List<PortCandidate> candidates) {
    int n = candidates.size();
    boolean sorted = true;
    PortCandidate previous = null;
    for (int i = 0; i < n && sorted; i++) {
      PortCandidate c = candidates.get(i);
      sorted = previous == null || inOrder(previous, c);
      previous = c;
    }
    if (sorted) {
      return IntStream.range(0, n).toArray();
    }
    return IntStream.range(0, n)
        .boxed()
        .sorted((a, b) -> PortCandidate.ORDER.compare(candidates.get(a), candidates.get(b)))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
