package dev.portcheck.maven;

import dev.portcheck.core.rules.SharedHostPortRule.ModuleBindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Shares each module's listen settings with the other modules of the reactor, so the module that
 * finishes last can compare them all. Nothing static: the values live in each project's context
 * and the session object is the lock, which holds under {@code -T 2} as well as serially.
 */
final class ReactorBindings {
  private static final String KEY = "dev.portcheck.bindings";

  private ReactorBindings() {}

  /**
   * Publishes this module's bindings; when every module that runs portcheck has published,
   * returns the others' (in reactor order) so the caller reports clashes once.
   */
  static Optional<List<ModuleBindings>> publish(
      MavenSession session, MavenProject project, String pluginKey, ModuleBindings mine) {
    if (session == null || project == null) {
      return Optional.empty();
    }
    synchronized (session) {
      project.setContextValue(KEY, mine);
      List<MavenProject> expected = participants(session, project, pluginKey);
      List<ModuleBindings> others = new ArrayList<>();
      for (MavenProject p : expected) {
        Object value = p.getContextValue(KEY);
        if (!(value instanceof ModuleBindings bindings)) {
          return Optional.empty(); // someone is still to run: the last one reports
        }
        if (p != project) {
          others.add(bindings);
        }
      }
      return expected.size() > 1 ? Optional.of(others) : Optional.empty();
    }
  }

  /** Modules that declare portcheck, or every module when it was called from the command line. */
  private static List<MavenProject> participants(
      MavenSession session, MavenProject project, String pluginKey) {
    List<MavenProject> all = session.getProjects();
    List<MavenProject> declaring = all.stream()
        .filter(p -> p.getBuildPlugins().stream().anyMatch(pl -> pluginKey.equals(pl.getKey())))
        .toList();
    return declaring.contains(project) ? declaring : all;
  }
}
