package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void closeBoxesArePushedApartAroundTheirCentre() {
    double[] at =
        Spread.centres(new double[] {500, 500.5, 501}, new double[] {30, 30, 30}, 4, 0, 1000);
    assertThat(at[1] - at[0]).isGreaterThanOrEqualTo(34);
    assertThat(at[2] - at[1]).isGreaterThanOrEqualTo(34);
    assertThat((at[0] + at[2]) / 2).isBetween(499.0, 502.0);
  }

  @Test
  void boxesThatFitNeverOverlapAndStayInBounds() {
    Random random = new Random(16);
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(20);
      double[] wanted = new double[n];
      double[] widths = new double[n];
      for (int i = 0; i < n; i++) {
        wanted[i] = random.nextDouble() * 1000;
        widths[i] = 20 + random.nextInt(20);
      }
      java.util.Arrays.sort(wanted);
      double[] at = Spread.centres(wanted, widths, 4, 0, 1000);
      for (int i = 0; i < n; i++) {
        assertThat(at[i] - widths[i] / 2).isGreaterThanOrEqualTo(-1e-9);
        assertThat(at[i] + widths[i] / 2).isLessThanOrEqualTo(1000 + 1e-9);
        if (i > 0) {
          assertThat(at[i] - widths[i] / 2)
              .isGreaterThanOrEqualTo(at[i - 1] + widths[i - 1] / 2 + 4 - 1e-9);
        }
      }
    }
  }
}
