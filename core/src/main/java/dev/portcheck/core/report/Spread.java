package dev.portcheck.core.report;

/**
 * Places boxes along a line so that none overlaps another, each as near its wanted centre as the
 * others allow, keeping their order. Boxes that would overlap merge into a run, centred where the
 * sum of squared displacements is least, and clamped to the bounds; runs that then touch merge
 * again. The result is deterministic and needs one pass.
 */
final class Spread {
  private Spread() {}

  /**
   * Centres for boxes of the given widths wanted at {@code wanted} (sorted ascending), at least
   * {@code gap} apart, within {@code min..max}. When the boxes cannot fit they start at {@code min}
   * and run past {@code max}; callers split them across lanes first.
   */
  static double[] centres(double[] wanted, double[] widths, double gap, double min, double max) {
    int n = wanted.length;
    double[] offset = new double[n]; // centre of box i from its run's left edge
    int[] runStart = new int[n];
    double[] runLeft = new double[n];
    double[] runWidth = new double[n];
    double[] runSum = new double[n]; // sum over the run of (wanted - offset)
    int runs = 0;
    for (int i = 0; i < n; i++) {
      runStart[runs] = i;
      offset[i] = widths[i] / 2;
      runWidth[runs] = widths[i] + gap;
      runSum[runs] = wanted[i] - offset[i];
      runLeft[runs] = clamp(runSum[runs], runWidth[runs], min, max);
      runs++;
      while (runs > 1 && runLeft[runs - 2] + runWidth[runs - 2] > runLeft[runs - 1]) {
        int a = runs - 2;
        int b = runs - 1;
        double shift = runWidth[a];
        for (int j = runStart[b]; j <= i; j++) {
          offset[j] += shift;
        }
        int count = runStart[b] - runStart[a];
        int countB = i + 1 - runStart[b];
        runSum[a] = runSum[a] + runSum[b] - shift * countB;
        runWidth[a] += runWidth[b];
        runLeft[a] = clamp(runSum[a] / (count + countB), runWidth[a], min, max);
        runs--;
      }
    }
    double[] out = new double[n];
    for (int r = 0; r < runs; r++) {
      int end = r + 1 < runs ? runStart[r + 1] : n;
      for (int j = runStart[r]; j < end; j++) {
        out[j] = runLeft[r] + offset[j];
      }
    }
    return out;
  }

  private static double clamp(double left, double width, double min, double max) {
    return Math.max(min, Math.min(left, max - width));
  }
}
