package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadBudgetTest {
  @Test
  void aSerialBuildUsesTheProcessorsUpToTheCap() {
    assertThat(ThreadBudget.automatic(2, 1)).isEqualTo(2);
    assertThat(ThreadBudget.automatic(1, 1)).isEqualTo(1);
    assertThat(ThreadBudget.automatic(64, 1)).isEqualTo(ThreadBudget.MAX);
  }

  @Test
  void aParallelReactorSharesThemAmongItsModules() {
    assertThat(ThreadBudget.automatic(2, 2)).isEqualTo(1);
    assertThat(ThreadBudget.automatic(8, 2)).isEqualTo(4);
    assertThat(ThreadBudget.automatic(4, 8)).isEqualTo(1);
    assertThat(ThreadBudget.automatic(4, 0)).isEqualTo(4);
  }
}
