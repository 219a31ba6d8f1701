package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredFindingsTest {
  @TempDir Path out;

  private final StoredFindings list =
      new StoredFindings(
          "digest",
          "images\t[]\n",
          12,
          List.of(
              new Finding("port-range", Severity.ERROR, "a.yml", 3, 5, "k", 70000, "above"),
              new Finding("well-known-port", Severity.INFO, "a.yml", 4, 1, "k", 22, "ssh")
                  .withRelated(new Finding.Related("b.yml", 1, 2, "there"))));

  @Test
  void readsBackWhatWasWritten() throws IOException {
    Path file = StoredFindings.beside(out.resolve("portcheck-index.bin"));
    assertThat(file.getFileName()).hasToString("portcheck-index.bin.findings");
    list.write(file);
    assertThat(StoredFindings.read(file)).contains(list);
    try (var left = Files.list(out)) {
      assertThat(left).containsExactly(file); // no partial file left
    }
  }

  @Test
  void aDamagedShortenedOrAbsentListReadsAsNone() throws IOException {
    Path file = out.resolve("x.findings");
    assertThat(StoredFindings.read(file)).isEmpty();
    list.write(file);
    byte[] bytes = Files.readAllBytes(file);
    for (int at : new int[] {0, 5, 12, 20, bytes.length - 1}) {
      byte[] damaged = bytes.clone();
      damaged[at] ^= 0x20;
      Files.write(file, damaged);
      assertThat(StoredFindings.read(file)).as("byte %d", at).isEmpty();
    }
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 4));
    assertThat(StoredFindings.read(file)).isEmpty();
  }

  @Test
  void aListLargerThanAThirtySecondOfTheHeapIsNotTaken() throws IOException {
    Path file = out.resolve("x.findings");
    assertThat(StoredFindings.fits(file, Long.MAX_VALUE)).isFalse();
    list.write(file);
    long size = Files.size(file);
    assertThat(StoredFindings.fits(file, size * 32)).isTrue();
    assertThat(StoredFindings.fits(file, size * 32 - 32)).isFalse();
  }
}
