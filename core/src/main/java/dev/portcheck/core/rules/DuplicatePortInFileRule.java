package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code duplicate-port} within the scopes that belong to one file: two publishes of one compose
 * project, two ports of one Kubernetes object, two listeners of a process configured by one file.
 * Runs with its file's scan, in parallel with other files; {@link DuplicatePortRule} compares the
 * application's settings across files.
 */
public final class DuplicatePortInFileRule implements FileRule {
  @Override
  public RuleInfo info() {
    return DuplicatePortRule.INFO;
  }

  @Override
  public List<Finding> check(List<PortCandidate> candidatesOfOneFile) {
    BindingClashes clashes = new BindingClashes(candidatesOfOneFile);
    Map<String, List<BindingClashes.Setting>> scopes = new LinkedHashMap<>();
    for (int i = 0; i < candidatesOfOneFile.size(); i++) {
      PortCandidate c = candidatesOfOneFile.get(i);
      if (!c.scope().equals(PortCandidate.APPLICATION_SCOPE) && BindingClashes.binds(c)) {
        scopes.computeIfAbsent(c.scope(), s -> new ArrayList<>()).add(clashes.setting(i));
      }
    }
    if (scopes.isEmpty()) {
      return List.of();
    }
    Set<Finding> found = new TreeSet<>(Finding.ORDER);
    scopes.values().forEach(scope -> clashes.check(scope, found));
    return List.copyOf(found);
  }
}
