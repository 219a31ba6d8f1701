package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ProgressLogTest {
  @Test
  void staysQuietOnShortScans() {
    List<String> lines = new ArrayList<>();
    ProgressLog progress =
        new ProgressLog(
            new SystemStreamLog() {
              @Override
              public void info(CharSequence c) {
                lines.add(c.toString());
              }
            });
    for (int i = 1; i <= 1000; i++) {
      progress.filesDone(i, 1000);
    }
    assertThat(lines).isEmpty();
  }

  @Test
  void reportsFilesDoneOfTotalWhenDue() {
    List<String> lines = new ArrayList<>();
    ProgressLog progress =
        new ProgressLog(
            new SystemStreamLog() {
              @Override
              public void info(CharSequence c) {
                lines.add(c.toString());
              }
            },
            0);
    progress.filesDone(1, 3);
    progress.filesDone(2, 3);
    progress.filesDone(3, 3);
    assertThat(lines)
        .containsExactly("portcheck: 1/3 files scanned", "portcheck: 2/3 files scanned");
  }
}
