package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.candidates.TestCandidates;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpilledListTest {

  private static PortCandidate candidate(String file, int line) {
    return TestCandidates.of(
        file,
        line,
        13,
        0,
        "server.port",
        "808" + line,
        "",
        "app",
        Role.LISTEN,
        Protocol.TCP,
        "",
        List.of(
            PortLiteral.parse(
                "808" + line, line, 13, PortLiteral.Origin.LITERAL, PortLiteral.Side.SELF)),
        "");
  }

  private static Finding finding(String file, int line, String rule) {
    return new Finding(rule, Severity.WARNING, file, line, 1, "k", 80, "message " + line);
  }

  @Test
  void candidatesComeBackInOrderAcrossEmptyAndFullFiles() throws IOException {
    ResultSpill spill = new ResultSpill();
    List<PortCandidate> expected = new ArrayList<>();
    List<ResultSpill.Block> blocks = new ArrayList<>();
    int[] sizes = {0, 3, 0, 0, 1, 2, 0};
    for (int f = 0; f < sizes.length; f++) {
      List<PortCandidate> here = new ArrayList<>();
      for (int i = 1; i <= sizes[f]; i++) {
        here.add(candidate("f" + f + ".properties", i));
      }
      expected.addAll(here);
      blocks.add(spill.write(new FileScanner.FileScan(here, List.of(), List.of())));
    }
    SpilledList.Candidates list =
        new SpilledList.Candidates(spill, blocks.toArray(ResultSpill.Block[]::new));
    assertThat(list).hasSize(6).isEqualTo(expected);
    for (int i = expected.size() - 1; i >= 0; i--) {
      assertThat(list.get(i)).isEqualTo(expected.get(i));
    }
    assertThatThrownBy(() -> list.get(6)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.add(candidate("x", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void laterFindingsAreMergedIntoTheirFileInReportOrder() throws IOException {
    ResultSpill spill = new ResultSpill();
    ResultSpill.Block block =
        spill.write(
            new FileScanner.FileScan(
                List.of(), List.of(finding("a", 2, "r"), finding("a", 9, "r")), List.of()));
    SpilledList.Findings list =
        new SpilledList.Findings(
            spill,
            List.of(
                new SpilledList.Findings.Group(block, List.of(finding("a", 5, "cross"))),
                new SpilledList.Findings.Group(null, List.of(finding("b", 1, "skipped")))));
    assertThat(list).extracting(Finding::line).containsExactly(2, 5, 9, 1);
  }
}
