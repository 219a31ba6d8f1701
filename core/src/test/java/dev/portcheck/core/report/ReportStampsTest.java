package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStampsTest {
  @TempDir Path out;
  private Path json;
  private Path sarif;
  private static final List<String> NAMES = List.of("portcheck.json", "portcheck.sarif");

  @BeforeEach
  void reports() throws IOException {
    json = Files.writeString(out.resolve("portcheck.json"), "{}");
    sarif = Files.writeString(out.resolve("portcheck.sarif"), "{\"runs\":[]}");
    ReportStamps.write(out, "k1", List.of(json, sarif));
  }

  private boolean current(String key, List<String> names) {
    return ReportStamps.read(out).filter(s -> s.current(key, out, names)).isPresent();
  }

  @Test
  void theReportsAsWrittenUnderTheSameKeyAreCurrent() {
    assertThat(current("k1", NAMES)).isTrue();
    assertThat(ReportStamps.read(out).orElseThrow().reports())
        .extracting(ReportStamps.Stamp::name)
        .containsExactlyElementsOf(NAMES);
  }

  @Test
  void anotherKeyOrOtherFormatsAreNot() {
    assertThat(current("k2", NAMES)).isFalse();
    assertThat(current("k1", List.of("portcheck.json"))).isFalse();
  }

  @Test
  void aReportChangedOrGoneIsNot() throws IOException {
    Files.setLastModifiedTime(json, FileTime.fromMillis(1_000_000_000_000L));
    assertThat(current("k1", NAMES)).isFalse();
    ReportStamps.write(out, "k1", List.of(json, sarif));
    assertThat(current("k1", NAMES)).isTrue();
    Files.delete(sarif);
    assertThat(current("k1", NAMES)).isFalse();
  }

  @Test
  void forgottenOrBrokenStampsAreNone() throws IOException {
    ReportStamps.forget(out);
    assertThat(ReportStamps.read(out)).isEmpty();
    Files.writeString(out.resolve(ReportStamps.FILE_NAME), "portcheck report stamps 1\nk\nx\t1\n");
    assertThat(ReportStamps.read(out)).isEmpty();
    Files.writeString(out.resolve(ReportStamps.FILE_NAME), "other\n");
    assertThat(ReportStamps.read(out)).isEmpty();
    try (var left = Files.list(out)) {
      assertThat(left).noneMatch(p -> p.toString().endsWith(".part"));
    }
  }
}
