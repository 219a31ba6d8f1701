package dev.portcheck.core.buildcache;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files of one module the extension hashes, worked out the way its directory walk does: the
 * module's source and resource folders (recursive, global glob) and every global include, resolved
 * against the module's base directory. A folder include walks its files whose name matches the
 * glob, and its subfolders when recursive, except the base directory or a folder above it, which is
 * walked without subfolders; hidden files and folders (a leading dot) are skipped unless the
 * include sets {@code includeHidden} on an extension that knows it. A file include adds that file,
 * hidden or not. Not modelled: the extension's {@code <excludes>} (a file they take out is still
 * called covered) and its probing of plugin configurations for paths (which only adds inputs, so at
 * worst a warning is given that the probing makes unneeded).
 */
public final class CacheInputs {
  private record Walk(Path root, PathMatcher glob, boolean recursive, boolean includeHidden) {}

  private final Path baseDir;
  private final List<Walk> walks = new ArrayList<>();

  /**
   * @param baseDir the module's base directory
   * @param sourceRoots the module's source, resource, test source and test resource folders
   * @param extraInputs paths of the project's {@code maven.build.cache.input*} properties
   * @param config the cache configuration
   * @param extension the extension, which decides whether {@code includeHidden} counts
   */
  public CacheInputs(
      Path baseDir,
      List<Path> sourceRoots,
      List<String> extraInputs,
      CacheConfig config,
      CacheExtension extension) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    PathMatcher projectGlob = matcher(config.glob());
    sourceRoots.forEach(r -> walks.add(walk(r, projectGlob, true, false)));
    extraInputs.forEach(p -> walks.add(walk(Path.of(p), projectGlob, true, false)));
    for (CacheInclude include : config.includes()) {
      walks.add(
          walk(
              Path.of(include.path()),
              include.glob() == null ? projectGlob : matcher(include.glob()),
              include.recursive(),
              include.includeHidden() && extension.takesIncludeHidden()));
    }
  }

  private Walk walk(Path path, PathMatcher glob, boolean recursive, boolean includeHidden) {
    Path root = baseDir.resolve(path).normalize();
    // the extension walks the base directory or a folder above it without subfolders
    boolean deep = recursive && !baseDir.startsWith(root);
    return new Walk(root, glob, deep, includeHidden);
  }

  /** True when the extension hashes {@code file} (absolute, or relative to the base directory). */
  public boolean covers(Path file) {
    Path f = baseDir.resolve(file).normalize();
    for (Walk w : walks) {
      if (f.equals(w.root()) && !Files.isDirectory(f)) {
        return true; // a file named by an input is added as it is, hidden or not
      }
      if (walked(w, f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean walked(Walk w, Path f) {
    if (!f.startsWith(w.root()) || f.equals(w.root())) {
      return false;
    }
    Path rel = w.root().relativize(f);
    if (rel.getNameCount() > 1 && !w.recursive()) {
      return false;
    }
    if (!w.includeHidden()) {
      if (hidden(w.root())) {
        return false; // the walk skips a hidden folder it starts at, too
      }
      for (Path part : rel) {
        if (part.toString().startsWith(".")) {
          return false;
        }
      }
    }
    return w.glob().matches(f.getFileName());
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    if (name != null && name.toString().startsWith(".")) {
      return true;
    }
    try {
      return Files.exists(p) && Files.isHidden(p);
    } catch (IOException e) {
      return false;
    }
  }

  private static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }
}
