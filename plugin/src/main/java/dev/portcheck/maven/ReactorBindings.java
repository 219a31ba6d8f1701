package dev.portcheck.maven;

import dev.portcheck.core.rules.ReactorWiring;
import dev.portcheck.core.rules.SharedHostPortRule.ModuleBindings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Shares each module's listen settings and wiring summary (its images, its applications' {@code
 * server.port} per profile, the containers it declares) with the other modules of the reactor. The
 * module that comes last in reactor order reports the clashes and the cross-module wiring, waiting
 * if need be until every other module has published, so the findings land in the same module's
 * reports in a serial and a {@code -T 2} build. Nothing static: the values live in each project's
 * context and the session object is the lock.
 */
final class ReactorBindings {
  private static final String KEY = "dev.portcheck.bindings";

  /** How long the last module waits for the others before giving up on the comparison. */
  private static final long MAX_WAIT_MILLIS = 30 * 60 * 1000L;

  private ReactorBindings() {}

  /** What one module hands to the others: host listen settings and its wiring summary. */
  record Share(ModuleBindings bindings, ReactorWiring.Module wiring) {}

  /**
   * Publishes this module's bindings, worked out only when another module runs portcheck. For the
   * last module in reactor order, waits until every other module running portcheck has published
   * and returns theirs; empty for the others, or when the build failed elsewhere first.
   */
  static Optional<List<Share>> publish(
      MavenSession session, MavenProject project, String pluginKey, Supplier<Share> mine) {
    if (session == null || project == null) {
      return Optional.empty();
    }
    synchronized (session) {
      List<MavenProject> expected = participants(session, project, pluginKey);
      if (expected.size() < 2) {
        return Optional.empty(); // alone in the reactor: nothing to compare, nothing to keep
      }
      project.setContextValue(KEY, mine.get());
      session.notifyAll();
      if (expected.get(expected.size() - 1) != project) {
        return Optional.empty();
      }
      long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
      while (!expected.stream().allMatch(p -> p.getContextValue(KEY) instanceof Share)) {
        if (session.getResult().hasExceptions() || System.currentTimeMillis() > deadline) {
          return Optional.empty(); // a module failed: the build reports that instead
        }
        try {
          session.wait(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Optional.empty();
        }
      }
      List<Share> others = new ArrayList<>();
      for (MavenProject p : expected) {
        if (p != project) {
          others.add((Share) p.getContextValue(KEY));
        }
      }
      return Optional.of(others);
    }
  }

  /** Publishes a module that skips portcheck, so the last module does not wait for it. */
  static void publishSkipped(MavenSession session, MavenProject project, String module) {
    if (session != null && project != null) {
      synchronized (session) {
        Path dir = project.getBasedir() == null ? Path.of(".") : project.getBasedir().toPath();
        project.setContextValue(
            KEY,
            new Share(
                new ModuleBindings(module, List.of()),
                new ReactorWiring.Module(
                    module,
                    dir,
                    dev.portcheck.core.wiring.ModuleImages.NONE,
                    ReactorWiring.Facts.NONE)));
        session.notifyAll();
      }
    }
  }

  /** Modules that declare portcheck, or every module when it was called from the command line. */
  private static List<MavenProject> participants(
      MavenSession session, MavenProject project, String pluginKey) {
    List<MavenProject> all = session.getProjects();
    List<MavenProject> declaring =
        all.stream()
            .filter(p -> p.getBuildPlugins().stream().anyMatch(pl -> pluginKey.equals(pl.getKey())))
            .toList();
    return declaring.contains(project) ? declaring : all;
  }
}
