package dev.portcheck.core.files;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Finds the config files of one module: every file under the base directory that matches an
 * include, no exclude, and has a format portcheck reads. Folders holding their own {@code pom.xml}
 * are other modules and are left to their own build, so a reactor never scans a file twice.
 * Symbolic links are followed; a link loop is reported, not followed forever.
 */
public final class FileCollector {
  private final List<GlobPattern> includes;
  private final List<GlobPattern> excludes;

  public FileCollector(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().filter(s -> !s.isBlank()).map(GlobPattern::compile).toList();
    this.excludes = excludes.stream().filter(s -> !s.isBlank()).map(GlobPattern::compile).toList();
  }

  /**
   * The result of a walk: matching files in path order, their size and time as the walk saw them,
   * and folders that could not be read.
   */
  public record Collected(
      List<ConfigFile> files, Map<ConfigFile, FileStamp> stamps, List<String> problems) {
    public Collected(List<ConfigFile> files, List<String> problems) {
      this(files, Map.of(), problems);
    }

    /** The walk's stamp of {@code file}, if it has one. */
    public Optional<FileStamp> stampOf(ConfigFile file) {
      return Optional.ofNullable(stamps.get(file));
    }
  }

  public Collected collect(Path baseDir) throws IOException {
    return collect(baseDir, (file, stamp) -> {});
  }

  /**
   * Walks like {@link #collect(Path)} and hands each matching file to {@code onFound} as soon as it
   * is seen, in walk order, so scanning can start before the walk ends.
   */
  public Collected collect(Path baseDir, BiConsumer<ConfigFile, FileStamp> onFound)
      throws IOException {
    Path base = baseDir.toAbsolutePath().normalize();
    List<ConfigFile> found = new ArrayList<>();
    Map<ConfigFile, FileStamp> stamps = new HashMap<>();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(base)) {
      return new Collected(List.of(), List.of());
    }
    Files.walkFileTree(
        base,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(base)) {
              return FileVisitResult.CONTINUE;
            }
            String rel = relative(base, dir);
            if (isExcluded(rel + "/") || Files.exists(dir.resolve("pom.xml"))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Optional<FileFormat> format =
                attrs.isRegularFile()
                    ? FileFormat.forFileName(ConfigFile.nameOf(file))
                    : Optional.empty();
            if (format.isEmpty()) {
              return FileVisitResult.CONTINUE;
            }
            String rel = relative(base, file);
            if (isIncluded(rel) && !isExcluded(rel)) {
              // The path and format worked out above, not again by ConfigFile.of: once per file.
              ConfigFile config = new ConfigFile(file, rel, format.get());
              FileStamp stamp = FileStamp.of(attrs);
              found.add(config);
              stamps.put(config, stamp);
              onFound.accept(config, stamp);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String rel = relative(base, file);
            if (e instanceof FileSystemLoopException) {
              problems.add(rel + ": symbolic link loop, not followed");
            } else {
              problems.add(rel + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(ConfigFile::relativePath));
    problems.sort(Comparator.naturalOrder());
    return new Collected(List.copyOf(found), stamps, List.copyOf(problems));
  }

  private boolean isIncluded(String rel) {
    for (GlobPattern g : includes) {
      if (g.matches(rel)) {
        return true;
      }
    }
    return false;
  }

  private boolean isExcluded(String rel) {
    // A folder is excluded when a pattern such as target/** or **/node_modules/** matches below it.
    String probe = rel.endsWith("/") ? rel + "x" : rel;
    for (GlobPattern g : excludes) {
      // A file's path is its own probe: asked once.
      if (g.matches(probe) || (probe != rel && g.matches(rel))) {
        return true;
      }
    }
    return false;
  }

  private static String relative(Path base, Path p) {
    return base.relativize(p).toString().replace('\\', '/');
  }
}
