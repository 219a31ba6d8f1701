package dev.portcheck.maven;

/**
 * How many threads one module's analysis uses when the user sets none: the machine's processors, at
 * most {@link #MAX}, shared among the modules that a {@code -T} build runs at once, so a parallel
 * reactor does not run modules times processors threads.
 */
final class ThreadBudget {
  /** Past this, parsing is no longer the bottleneck: the walk and the reports are. */
  static final int MAX = 8;

  private ThreadBudget() {}

  /**
   * @param processors {@link Runtime#availableProcessors()}
   * @param reactorThreads how many modules the build runs at once ({@code -T}); 1 for a serial one
   */
  static int automatic(int processors, int reactorThreads) {
    return Math.max(1, Math.min(MAX, processors) / Math.max(1, reactorThreads));
  }
}
