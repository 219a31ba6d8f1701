package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;

class YamlFrameTest {
  private static Mark at(int line) {
    return new Mark("test", 0, line - 1, 2, new int[0], 0);
  }

  @Test
  void aRepeatedKeyIsReportedWithTheLineItWasFirstOn() {
    YamlFrame frame = new YamlFrame();
    frame.reset("spec", true);
    List<ReadProblem> problems = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      frame.acceptKey("k" + i, at(i + 1), problems); // past the table's eight slots, into a map
    }
    frame.acceptKey("k3", at(30), problems);
    frame.acceptKey("k15", at(31), problems);
    assertThat(problems)
        .extracting(ReadProblem::line, ReadProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                30, "duplicate key 'k3' (first on line 4); the later value wins"),
            org.assertj.core.groups.Tuple.tuple(
                31, "duplicate key 'k15' (first on line 16); the later value wins"));
    assertThat(frame.currentKey).isEqualTo("k15");
    assertThat(frame.expectingKey).isFalse();
  }

  @Test
  void aResetFrameForgetsTheKeysOfTheCollectionBefore() {
    YamlFrame frame = new YamlFrame();
    List<ReadProblem> problems = new ArrayList<>();
    frame.reset("a", true);
    frame.acceptKey("port", at(1), problems);
    frame.index = 3;
    frame.reset("b", false);
    assertThat(frame.path).isEqualTo("b");
    assertThat(frame.isMapping).isFalse();
    assertThat(frame.index).isZero();
    assertThat(frame.expectingKey).isTrue();
    frame.reset("c", true);
    frame.acceptKey("port", at(2), problems);
    assertThat(problems).isEmpty();
  }
}
