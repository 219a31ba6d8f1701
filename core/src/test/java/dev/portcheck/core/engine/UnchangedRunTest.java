package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stamps-only path of a re-run: taken when nothing it depends on changed, never otherwise. Each
 * test checks both sides: which path ran, and that the result equals a cold analysis.
 */
class UnchangedRunTest {
  private static final FileTime HOUR_AGO =
      FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

  @TempDir Path project;
  @TempDir Path out;
  private final PortcheckEngine engine = PortcheckEngine.standard();
  private Path module;
  private Path dockerfile;
  private Path index;

  @BeforeEach
  void tree() throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    module = Files.createDirectories(project.resolve("web"));
    dockerfile = Files.createDirectories(project.resolve("api")).resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM scratch\nEXPOSE 8080\n");
    Files.writeString(
        module.resolve("docker-compose.yml"),
        "services:\n  api:\n    build: ../api\n  web:\n    image: nginx\n"
            + "    ports:\n      - \"9000:80\"\n      - \"9000:81\"\n"
            + "    environment:\n      API_URL: http://api:9090\n");
    Path res = Files.createDirectories(module.resolve("src/main/resources"));
    Files.writeString(res.resolve("application.properties"), "server.port=70000\n");
    Files.writeString(res.resolve("application-dev.properties"), "server.port=22\n");
    ageAll(project);
    index = out.resolve("portcheck-index.bin");
  }

  /** Times an hour back: newer ones are not trusted by stamp (see IncrementalIndex). */
  private static void ageAll(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, HOUR_AGO);
      }
    }
  }

  private record Run(AnalysisResult result, boolean unchanged, IncrementalIndex index) {}

  private Run run(String fingerprint, String checkout) throws IOException {
    IncrementalIndex used = IncrementalIndex.load(index, fingerprint, checkout);
    AnalysisResult result = engine.analyze(AnalysisRequest.defaults(module), used);
    used.save(index);
    return new Run(result, result.candidates() instanceof UnchangedRun.LaterCandidates, used);
  }

  private Run run() throws IOException {
    return run("v1", "here");
  }

  private AnalysisResult cold() throws IOException {
    return engine.analyze(AnalysisRequest.defaults(module));
  }

  /** A run that read the files again (took no stored findings) and found what a cold run finds. */
  private void assertFullPath(Run r) throws IOException {
    assertThat(r.unchanged()).isFalse();
    assertThat(r.result()).isEqualTo(cold());
  }

  @Test
  void anUnchangedTreeTakesTheStoredFindingsAndEqualsAColdRun() throws IOException {
    Run first = run();
    assertThat(first.unchanged()).isFalse();
    assertThat(first.result().findings())
        .extracting(f -> f.rule())
        .contains("duplicate-port", "port-range", "compose-client-port");
    assertThat(StoredFindings.beside(index)).isRegularFile();

    Run again = run();
    assertThat(again.unchanged()).isTrue();
    assertThat(again.index().reused()).isEqualTo(3);
    assertThat(again.index().scanned()).isZero();
    assertThat(again.index().contentDigest()).isEqualTo(first.index().contentDigest());
    assertThat(again.result().findings()).isEqualTo(first.result().findings());
    assertThat(again.result().candidates()).hasSameSizeAs(first.result().candidates());
    assertThat(again.result().wiring()).isEqualTo(first.result().wiring());
    // the candidates and the reactor summary, asked for, come from a full analysis
    assertThat(again.result()).isEqualTo(first.result()).isEqualTo(cold());
  }

  @Test
  void anEditedFileTakesTheFullPath() throws IOException {
    run();
    Path app = module.resolve("src/main/resources/application.properties");
    Files.writeString(app, "server.port=8080\n");
    Files.setLastModifiedTime(app, FileTime.fromMillis(HOUR_AGO.toMillis() + 60_000));
    Run edited = run();
    assertThat(edited.index().scanned()).isEqualTo(1);
    assertThat(edited.result().findings()).noneMatch(f -> f.rule().equals("port-range"));
    assertFullPath(edited);
    // the list stored by that run is the one the next unchanged run takes
    Run next = run();
    assertThat(next.unchanged()).isTrue();
    assertThat(next.result().findings()).isEqualTo(edited.result().findings());
  }

  @Test
  void anAddedOrRemovedFileTakesTheFullPath() throws IOException {
    run();
    Path added = module.resolve("src/main/resources/application-prod.properties");
    Files.writeString(added, "server.port=99999\n");
    Files.setLastModifiedTime(added, HOUR_AGO);
    Run more = run();
    assertFullPath(more);
    assertThat(more.result().findings()).anyMatch(f -> f.message().contains("99999"));

    Files.delete(added);
    Run fewer = run();
    assertFullPath(fewer);
  }

  @Test
  void otherSettingsOrAnotherBuildOfPortcheckTakeTheFullPath() throws IOException {
    run("v1", "here");
    Run other = run("v2", "here");
    assertThat(other.index().scanned()).isEqualTo(3);
    assertFullPath(other);
  }

  @Test
  void anotherCheckoutTakesTheFullPath() throws IOException {
    run("v1", "here");
    Run moved = run("v1", "elsewhere");
    assertFullPath(moved);
  }

  @Test
  void aChangedFileOutsideTheScanTakesTheFullPath() throws IOException {
    Run first = run();
    assertThat(first.result().findings()).anyMatch(f -> f.rule().equals("compose-client-port"));
    Files.writeString(dockerfile, "FROM scratch\nEXPOSE 9090\n");
    Files.setLastModifiedTime(dockerfile, FileTime.fromMillis(HOUR_AGO.toMillis() + 60_000));
    Run changed = run();
    assertThat(changed.result().findings()).noneMatch(f -> f.rule().equals("compose-client-port"));
    assertFullPath(changed);
  }

  @Test
  void anEnvFileTheScanLeavesOutIsReadForItsClientsAndItsChangeTakesTheFullPath()
      throws IOException {
    Path hidden = Files.createDirectories(module.resolve(".envs/.local")).resolve(".django");
    Files.writeString(hidden, "# cookiecutter-django\nREDIS_URL=redis://redis:6380/0\n");
    Files.writeString(
        module.resolve("docker-compose.yml"),
        "services:\n  redis:\n    image: redis:7\n  django:\n    image: app\n"
            + "    env_file: [./.envs/.local/.django]\n");
    ageAll(project);
    Run first = run();
    assertThat(first.result().findings())
        .filteredOn(f -> f.rule().startsWith("compose"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("compose-client-port");
              assertThat(f.file()).isEqualTo(".envs/.local/.django");
              assertThat(f.line()).isEqualTo(2);
            });
    Files.writeString(hidden, "REDIS_URL=redis://redis:6379/0\n");
    Files.setLastModifiedTime(hidden, FileTime.fromMillis(HOUR_AGO.toMillis() + 60_000));
    Run changed = run();
    assertThat(changed.result().findings()).noneMatch(f -> f.rule().startsWith("compose"));
    assertFullPath(changed);
    // One that sets where the service listens stays unread: the service is not judged.
    Files.writeString(hidden, "PORT=8000\nREDIS_URL=redis://redis:6380/0\n");
    Files.setLastModifiedTime(hidden, FileTime.fromMillis(HOUR_AGO.toMillis() + 120_000));
    assertThat(run().result().findings()).noneMatch(f -> f.file().startsWith(".envs"));
  }

  @Test
  void aNewComposeFileAboveTheModuleTakesTheFullPath() throws IOException {
    run();
    Path above = project.resolve("docker-compose.yml");
    Files.writeString(above, "services:\n  other:\n    image: x\n");
    Files.setLastModifiedTime(above, HOUR_AGO);
    assertThat(run().unchanged()).isFalse();
  }

  /** A list left from another state of the files (restored, copied) is not taken. */
  @Test
  void aStoredListOfAnotherStateIsNotTaken() throws IOException {
    run();
    byte[] old = Files.readAllBytes(StoredFindings.beside(index));
    Path app = module.resolve("src/main/resources/application.properties");
    Files.writeString(app, "server.port=8080\n");
    Files.setLastModifiedTime(app, FileTime.fromMillis(HOUR_AGO.toMillis() + 60_000));
    run();
    Files.write(StoredFindings.beside(index), old);
    Run restored = run();
    assertThat(restored.result().findings()).noneMatch(f -> f.rule().equals("port-range"));
    assertFullPath(restored);
  }

  @Test
  void aDamagedOrMissingListTakesTheFullPathAndIsWrittenAgain() throws IOException {
    Run first = run();
    Path stored = StoredFindings.beside(index);
    byte[] bytes = Files.readAllBytes(stored);
    bytes[bytes.length - 3] ^= 0x55;
    Files.write(stored, bytes);
    Run damaged = run();
    assertThat(damaged.unchanged()).isFalse();
    assertThat(damaged.result()).isEqualTo(first.result());
    assertThat(run().unchanged()).isTrue();

    Files.delete(stored);
    assertThat(run().unchanged()).isFalse();
    assertThat(run().unchanged()).isTrue();
  }

  /** A file touched about when the index was written may change within one clock tick. */
  @Test
  void aRecentlyTouchedFileTakesTheFullPath() throws IOException {
    Run first = run();
    Files.setLastModifiedTime(
        module.resolve("docker-compose.yml"), FileTime.fromMillis(System.currentTimeMillis()));
    Run touched = run();
    assertThat(touched.unchanged()).isFalse();
    assertThat(touched.index().scanned()).isZero(); // same bytes: reused by hash
    assertThat(touched.result()).isEqualTo(first.result());
  }
}
