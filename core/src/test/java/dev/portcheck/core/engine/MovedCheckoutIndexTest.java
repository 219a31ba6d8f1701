package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental index carried to another checkout (restored from a build cache, copied to another
 * folder or machine): scans are reused by content hash, recorded sizes and times are not trusted,
 * and the result is the one a cold run of the new checkout gives.
 */
class MovedCheckoutIndexTest {
  @TempDir Path first;
  @TempDir Path second;
  private final PortcheckEngine engine = PortcheckEngine.standard();
  private static final FileTime HOUR_AGO =
      FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

  @BeforeEach
  void tree() throws IOException {
    Path res = Files.createDirectories(first.resolve("src/main/resources"));
    for (int i = 0; i < 4; i++) {
      Files.writeString(
          res.resolve("application-p" + i + ".properties"), "server.port=" + (8000 + i) + "\n");
    }
    Files.createDirectories(first.resolve("k8s"));
    Files.writeString(
        first.resolve("k8s/pod.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
            + "    - name: web\n      image: web\n      ports:\n        - containerPort: 8080\n");
    for (Path p : files(first)) {
      Files.setLastModifiedTime(p, HOUR_AGO);
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }

  /**
   * Copies the checkout and its index, keeping every file's time (as tar or a cache restore may).
   */
  private void copyTo(Path to) throws IOException {
    for (Path p : files(first)) {
      Path target = to.resolve(first.relativize(p).toString());
      Files.createDirectories(target.getParent());
      Files.copy(
          p, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private IncrementalIndex run(Path checkout) throws IOException {
    Path file = checkout.resolve("target/portcheck/portcheck-index.bin");
    IncrementalIndex index = IncrementalIndex.load(file, "v1", checkout.toString());
    engine.analyze(AnalysisRequest.defaults(checkout), index);
    index.save(file);
    return index;
  }

  private AnalysisResult analyze(Path checkout) throws IOException {
    Path file = checkout.resolve("target/portcheck/portcheck-index.bin");
    try (IncrementalIndex index = IncrementalIndex.load(file, "v1", checkout.toString())) {
      return engine.analyze(AnalysisRequest.defaults(checkout), index);
    }
  }

  @Test
  void aMovedCheckoutReusesEveryScanByItsHash() throws IOException {
    assertThat(run(first).scanned()).isEqualTo(5);
    copyTo(second);
    for (Path p : files(second)) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }
    IncrementalIndex moved = run(second);
    assertThat(moved.scanned()).isZero();
    assertThat(moved.reused()).isEqualTo(5);
    assertThat(analyze(second)).isEqualTo(engine.analyze(AnalysisRequest.defaults(second)));
  }

  /**
   * A file changed in the new checkout keeping its size and time: the stamp recorded elsewhere is
   * not trusted, so the change is found.
   */
  @Test
  void aStampRecordedInAnotherCheckoutIsNotTrusted() throws IOException {
    run(first);
    copyTo(second);
    Path pod = second.resolve("k8s/pod.yaml");
    Files.writeString(pod, Files.readString(pod).replace("8080", "9090")); // same size
    Files.setLastModifiedTime(pod, HOUR_AGO);

    IncrementalIndex moved = run(second);
    assertThat(moved.scanned()).isEqualTo(1);
    assertThat(moved.reused()).isEqualTo(4);
    AnalysisResult result = analyze(second);
    assertThat(result.candidates()).anyMatch(c -> c.raw().equals("9090"));
    assertThat(result).isEqualTo(engine.analyze(AnalysisRequest.defaults(second)));

    // written again for the new checkout, whose stamps it now trusts
    IncrementalIndex again = run(second);
    assertThat(again.scanned()).isZero();
    assertThat(again.reused()).isEqualTo(5);
  }

  /** The same checkout trusts its own stamps: nothing is hashed or parsed again. */
  @Test
  void theSameCheckoutTrustsItsStamps() throws IOException {
    run(first);
    Path pod = first.resolve("k8s/pod.yaml");
    Files.writeString(pod, Files.readString(pod).replace("8080", "9090"));
    Files.setLastModifiedTime(pod, HOUR_AGO);
    assertThat(run(first).scanned()).isZero(); // as make and git do
  }
}
