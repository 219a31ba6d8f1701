package dev.portcheck.core.entries;

/**
 * Bounds that keep hostile YAML from exhausting memory or time.
 *
 * @param maxCodePoints longest document SnakeYAML will read
 * @param maxDepth deepest nesting walked; deeper content is skipped with one problem
 * @param maxAliasEntries entries an alias may replay in one file (stops alias bombs)
 */
public record YamlLimits(int maxCodePoints, int maxDepth, int maxAliasEntries) {
  /** SnakeYAML's own default of 3 MiB code points: its scanner slows down sharply past it. */
  public static final YamlLimits DEFAULTS = new YamlLimits(3 * 1024 * 1024, 200, 10_000);
}
