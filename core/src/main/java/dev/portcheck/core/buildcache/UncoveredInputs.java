package dev.portcheck.core.buildcache;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The files portcheck checks in one module that the build cache does not hash: a change to them
 * alone gives a cache hit, and the hit skips portcheck. Says which, and the {@code <input>} block
 * of {@code .mvn/maven-build-cache-config.xml} that adds them.
 *
 * @param module the module's name
 * @param files the uncovered files, relative to the module's base directory, sorted
 */
public record UncoveredInputs(String module, List<String> files) {
  private static final int LISTED = 10;

  public UncoveredInputs {
    files = List.copyOf(new TreeSet<>(files));
  }

  /**
   * The scanned files ({@code /}-separated, relative to the base directory) that {@code inputs}
   * does not cover; empty when it covers all.
   */
  public static Optional<UncoveredInputs> of(
      String module, List<String> scanned, CacheInputs inputs) {
    List<String> out = scanned.stream().filter(f -> !inputs.covers(Path.of(f))).toList();
    return out.isEmpty() ? Optional.empty() : Optional.of(new UncoveredInputs(module, out));
  }

  /** The one warning of the module, with the block to add. */
  public String message(BuildCacheSetup setup) {
    int n = files.size();
    StringBuilder s =
        new StringBuilder("portcheck: the build cache (")
            .append(setup.extension().describe())
            .append(") does not hash ")
            .append(n)
            .append(n == 1 ? " file" : " files")
            .append(" that portcheck checks in module ")
            .append(module)
            .append(": ")
            .append(String.join(", ", files.subList(0, Math.min(LISTED, n))))
            .append(n > LISTED ? " and " + (n - LISTED) + " more" : "")
            .append(
                ". A change to them alone gives a cache hit that skips portcheck. Add them to"
                    + " .mvn/maven-build-cache-config.xml:\n")
            .append(inputBlock(setup))
            .append(
                "or run portcheck:verify on every build (<executionControl><runAlways>); see"
                    + " portcheck's README, \"Build caches\".");
    return s.toString();
  }

  /**
   * The {@code <input>} block adding these files: a file at the top of the module or a hidden one
   * by its path (with {@code includeHidden} where the extension knows it), a file below by its
   * first folder; with {@code glob="*"} where the global glob would leave files out.
   */
  String inputBlock(BuildCacheSetup setup) {
    boolean hiddenAttribute = setup.extension().takesIncludeHidden();
    String folderGlob = "*".equals(setup.config().glob()) ? "" : " glob=\"*\"";
    TreeSet<String> includes = new TreeSet<>();
    for (String f : files) {
      boolean hidden = isHidden(f);
      int slash = f.indexOf('/');
      if (hidden) {
        includes.add(
            (hiddenAttribute ? "<include includeHidden=\"true\">" : "<include>")
                + f
                + "</include>");
      } else if (slash < 0) {
        includes.add("<include>" + f + "</include>");
      } else {
        includes.add("<include" + folderGlob + ">" + f.substring(0, slash) + "</include>");
      }
    }
    StringBuilder s = new StringBuilder("<input>\n  <global>\n    <includes>\n");
    includes.forEach(i -> s.append("      ").append(i).append('\n'));
    return s.append("    </includes>\n  </global>\n</input>\n").toString();
  }

  private static boolean isHidden(String path) {
    for (String part : path.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The build failure when the parameter asks for one. */
  public String failure() {
    return "portcheck: "
        + files.size()
        + " checked file"
        + (files.size() == 1 ? " is" : "s are")
        + " not build cache inputs in module "
        + module
        + " (see the warning above); portcheck.failOnUncachedInputs=false makes this a warning";
  }
}
