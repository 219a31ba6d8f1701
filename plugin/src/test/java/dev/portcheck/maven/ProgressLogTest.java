package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ProgressLogTest {
  /** A log that keeps what is logged at info, the level progress is logged at. */
  private static final class InfoLines extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence c) {
      lines.add(c.toString());
    }
  }

  @Test
  void staysQuietOnShortScans() {
    InfoLines log = new InfoLines();
    List<String> lines = log.lines;
    ProgressLog progress = new ProgressLog(log);
    for (int i = 1; i <= 1000; i++) {
      progress.filesDone(i, 1000);
    }
    assertThat(lines).isEmpty();
  }

  @Test
  void reportsFilesDoneOfTotalWhenDue() {
    InfoLines log = new InfoLines();
    List<String> lines = log.lines;
    ProgressLog progress = new ProgressLog(log, 0);
    progress.filesDone(1, 3);
    progress.filesDone(2, 3);
    progress.filesDone(3, 3);
    assertThat(lines)
        .containsExactly("portcheck: 1/3 files scanned", "portcheck: 2/3 files scanned");
  }
}
