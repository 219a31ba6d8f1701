package dev.portcheck.maven;

import dev.portcheck.core.buildcache.BuildCacheSetup;
import dev.portcheck.core.buildcache.CacheConfig;
import dev.portcheck.core.buildcache.CacheInputs;
import dev.portcheck.core.buildcache.UncoveredInputs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Under the Apache Maven Build Cache Extension, the files portcheck checked that the cache does not
 * hash: one warning per module naming them and the {@code <input>} block that adds them, or a
 * failure when asked. Nothing when the cache is off or runs {@code portcheck:verify} always.
 */
final class BuildCacheCheck {
  private static final String INPUT = "maven.build.cache.input";
  private static final String INPUT_GLOB = INPUT + ".glob";

  private BuildCacheCheck() {}

  static void check(
      MavenSession session, MavenProject project, List<String> scanned, boolean fail, Log log)
      throws MojoFailureException {
    if (session == null || project == null || project.getBasedir() == null) {
      return;
    }
    check(rootDir(session, project), properties(session), project, scanned, fail, log);
  }

  /** The check for a build rooted at {@code rootDir} with these user and system properties. */
  static void check(
      Path rootDir,
      Map<String, String> properties,
      MavenProject project,
      List<String> scanned,
      boolean fail,
      Log log)
      throws MojoFailureException {
    if (scanned.isEmpty()) {
      return;
    }
    Optional<BuildCacheSetup> setup;
    try {
      setup = BuildCacheSetup.detect(rootDir, properties);
    } catch (IOException e) {
      log.warn("portcheck: cannot read the build cache configuration: " + e.getMessage());
      return;
    }
    if (setup.isEmpty() || setup.get().config().verifyRunsAlways()) {
      return;
    }
    Properties own = project.getProperties();
    CacheConfig config = setup.get().config();
    String glob = own.getProperty(INPUT_GLOB);
    if (glob != null && !glob.isBlank()) {
      config = new CacheConfig(config.enabled(), glob, config.includes(), false);
    }
    List<String> extra = new ArrayList<>();
    for (String name : new TreeSet<>(own.stringPropertyNames())) {
      if (name.startsWith(INPUT) && !name.equals(INPUT_GLOB)) {
        extra.add(own.getProperty(name));
      }
    }
    CacheInputs inputs =
        new CacheInputs(
            project.getBasedir().toPath(),
            sourceRoots(project.getBuild()),
            extra,
            config,
            setup.get().extension());
    Optional<UncoveredInputs> uncovered =
        UncoveredInputs.of(project.getArtifactId(), scanned, inputs);
    if (uncovered.isEmpty()) {
      return;
    }
    log.warn(uncovered.get().message(setup.get()));
    if (fail) {
      throw new MojoFailureException(uncovered.get().failure());
    }
  }

  /** The multi-module root, where {@code .mvn} is; the top project's folder on old Mavens. */
  private static Path rootDir(MavenSession session, MavenProject project) {
    File root = session.getRequest().getMultiModuleProjectDirectory();
    if (root == null && session.getTopLevelProject() != null) {
      root = session.getTopLevelProject().getBasedir();
    }
    return (root != null ? root : project.getBasedir()).toPath();
  }

  private static Map<String, String> properties(MavenSession session) {
    Map<String, String> all = new TreeMap<>();
    session.getSystemProperties().forEach((k, v) -> all.put(String.valueOf(k), String.valueOf(v)));
    session.getUserProperties().forEach((k, v) -> all.put(String.valueOf(k), String.valueOf(v)));
    return all;
  }

  private static List<Path> sourceRoots(Build build) {
    List<Path> roots = new ArrayList<>();
    if (build == null) {
      return roots;
    }
    addIfSet(roots, build.getSourceDirectory());
    addIfSet(roots, build.getTestSourceDirectory());
    for (Resource r : build.getResources()) {
      addIfSet(roots, r.getDirectory());
    }
    for (Resource r : build.getTestResources()) {
      addIfSet(roots, r.getDirectory());
    }
    return roots;
  }

  private static void addIfSet(List<Path> roots, String dir) {
    if (dir != null && !dir.isBlank()) {
      roots.add(Path.of(dir));
    }
  }
}
