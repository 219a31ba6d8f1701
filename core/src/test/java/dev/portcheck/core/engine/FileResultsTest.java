package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.FileWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FileResultsTest {
  private static Finding at(String file, int line) {
    return new Finding("r", Severity.ERROR, file, line, 1, "k", 1, "m" + line);
  }

  private static FileResult scanned(String file, Finding... own) {
    return new FileResult(file, List.of(), List.of(own), List.of(), null, FileWiring.EMPTY);
  }

  private static List<String> places(List<Finding> findings) {
    return findings.stream().map(f -> f.file() + ":" + f.line()).toList();
  }

  @Test
  void laterFindingsJoinTheirFileOrStandAloneInPathOrder() {
    List<FileResult> files = List.of(scanned("b.yml", at("b.yml", 5)), scanned("d.yml"));
    List<Finding> later =
        List.of(at("e.yml", 1), at("b.yml", 2), at("a.yml", 3), at("c.yml", 1), at("b.yml", 9));

    assertThat(places(FileResults.findingsOnHeap(files, later)))
        .containsExactly("a.yml:3", "b.yml:2", "b.yml:5", "b.yml:9", "c.yml:1", "e.yml:1");
  }

  /** The whole list is in report order whatever order the later findings come in. */
  @Test
  void theResultIsInReportOrderOnGeneratedFiles() {
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      List<FileResult> files = new ArrayList<>();
      List<Finding> later = new ArrayList<>();
      List<Finding> all = new ArrayList<>();
      for (int f = 0; f < 12; f++) {
        String file = "m/" + (char) ('a' + f) + ".yml";
        if (random.nextBoolean()) {
          Finding own = at(file, 1 + random.nextInt(9));
          files.add(scanned(file, own));
          all.add(own);
        }
        for (int n = random.nextInt(3); n > 0; n--) {
          Finding more = at(file, 1 + random.nextInt(9));
          later.add(more);
          all.add(more);
        }
      }
      java.util.Collections.shuffle(later, random);
      all.sort(Finding.ORDER);

      assertThat(FileResults.findingsOnHeap(files, later)).containsExactlyElementsOf(all);
    }
  }
}
