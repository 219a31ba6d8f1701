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

class IncrementalIndexTest {
  @TempDir Path base;
  @TempDir Path out;
  private final PortcheckEngine engine = PortcheckEngine.standard();

  @BeforeEach
  void tree() throws IOException {
    Path res = base.resolve("src/main/resources");
    Files.createDirectories(res);
    for (int i = 0; i < 5; i++) {
      Files.writeString(
          res.resolve("application-p" + i + ".properties"),
          "server.port=" + (8000 + i) + "\nadmin.server.port=" + (i == 2 ? "70000" : "22") + "\n");
    }
    Files.writeString(
        base.resolve("docker-compose.yml"),
        "services:\n  a:\n    image: x\n    ports:\n      - \"9000:80\"\n      - 'x:y'\n"
            + "  b:\n    image: y\n    ports:\n      - \"9000:81\"\n");
    Files.writeString(res.resolve("application.yml"), "# portcheck:ignore all -- test\nx: [1\n");
  }

  private AnalysisResult run(String fingerprint, IncrementalIndex[] used) throws IOException {
    Path file = out.resolve("portcheck-index.bin");
    IncrementalIndex index = IncrementalIndex.load(file, fingerprint);
    AnalysisResult result = engine.analyze(AnalysisRequest.defaults(base), index);
    index.save(file);
    used[0] = index;
    return result;
  }

  @Test
  void onlyEditedFilesAreScannedAgainAndTheResultEqualsAColdRun() throws IOException {
    IncrementalIndex[] index = new IncrementalIndex[1];
    AnalysisResult first = run("v1", index);
    assertThat(index[0].scanned()).isEqualTo(7);
    assertThat(first.findings()).isNotEmpty();

    AnalysisResult unchanged = run("v1", index);
    assertThat(index[0].scanned()).isZero();
    assertThat(index[0].reused()).isEqualTo(7);
    assertThat(unchanged).isEqualTo(first);

    Files.writeString(
        base.resolve("src/main/resources/application-p3.properties"),
        "server.port=8003\nadmin.server.port=99999\n");
    AnalysisResult edited = run("v1", index);
    assertThat(index[0].scanned()).isEqualTo(1);
    assertThat(index[0].reused()).isEqualTo(6);
    assertThat(edited).isEqualTo(engine.analyze(AnalysisRequest.defaults(base)));
    assertThat(edited.findings()).anyMatch(f -> f.message().contains("99999"));

    // the six blocks copied from the earlier index and the new one all read back
    AnalysisResult again = run("v1", index);
    assertThat(index[0].scanned()).isZero();
    assertThat(again).isEqualTo(edited);
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("portcheck-index.bin", "portcheck-index.bin.findings");
    }
  }

  /** A block damaged on disk fails its checksum: that file is scanned again, nothing else. */
  @Test
  void aDamagedBlockIsScannedAgain() throws IOException {
    IncrementalIndex[] index = new IncrementalIndex[1];
    AnalysisResult first = run("v1", index);
    Path file = out.resolve("portcheck-index.bin");
    byte[] bytes = Files.readAllBytes(file);
    bytes[40] ^= 0x5A; // inside the first block written (the header takes 8 bytes)
    Files.write(file, bytes);
    AnalysisResult repaired = run("v1", index);
    assertThat(index[0].scanned()).isEqualTo(1);
    assertThat(index[0].reused()).isEqualTo(6);
    assertThat(repaired).isEqualTo(first);
  }

  /** An index loaded and closed without saving leaves the stored one as it was, and no debris. */
  @Test
  void closingWithoutSavingKeepsTheStoredIndex() throws IOException {
    IncrementalIndex[] index = new IncrementalIndex[1];
    run("v1", index);
    Path file = out.resolve("portcheck-index.bin");
    byte[] stored = Files.readAllBytes(file);
    Files.writeString(base.resolve("src/main/resources/application-p1.properties"), "x.port=1\n");
    try (IncrementalIndex abandoned = IncrementalIndex.load(file, "v1")) {
      engine.analyze(AnalysisRequest.defaults(base), abandoned);
      assertThat(abandoned.scanned()).isEqualTo(1);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(stored);
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).hasSize(2); // the index and its stored findings, no partial file
    }
  }

  /**
   * The wiring findings and graph of an unchanged tree come from the index, until a file the model
   * read outside the scan (a Dockerfile of another module) changes.
   */
  @Test
  void wiringIsKeptUntilAFileItReadOutsideTheScanChanges(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Path module = Files.createDirectories(project.resolve("web"));
    Path dockerfile = Files.createDirectories(project.resolve("api")).resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM scratch\nEXPOSE 8080\n");
    Files.writeString(
        module.resolve("docker-compose.yml"),
        "services:\n  api:\n    build: ../api\n  web:\n    image: nginx\n"
            + "    environment:\n      API_URL: http://api:9090\n");
    Path file = out.resolve("wiring-index.bin");
    AnalysisRequest request = AnalysisRequest.defaults(module);

    IncrementalIndex index = IncrementalIndex.load(file, "v1");
    AnalysisResult first = engine.analyze(request, index);
    index.save(file);
    assertThat(index.wiringReused()).isFalse();
    assertThat(first.findings()).anyMatch(f -> f.rule().equals("compose-client-port"));
    assertThat(first.wiring().edges()).isNotEmpty();

    index = IncrementalIndex.load(file, "v1");
    AnalysisResult unchanged = engine.analyze(request, index);
    index.save(file);
    assertThat(index.wiringReused()).isTrue();
    assertThat(unchanged).isEqualTo(first);

    Files.writeString(dockerfile, "FROM scratch\nEXPOSE 9090\n");
    Files.setLastModifiedTime(dockerfile, FileTime.fromMillis(1_000_000_000_000L));
    index = IncrementalIndex.load(file, "v1");
    AnalysisResult changed = engine.analyze(request, index);
    index.save(file);
    assertThat(index.wiringReused()).isFalse();
    assertThat(index.scanned()).isZero();
    assertThat(changed.findings()).noneMatch(f -> f.rule().equals("compose-client-port"));
    assertThat(changed).isEqualTo(engine.analyze(request));
  }

  /** Cross-file findings are kept for an unchanged tree, and worked out again when a file goes. */
  @Test
  void crossFileFindingsFollowTheFilesTheyCameFrom() throws IOException {
    IncrementalIndex[] index = new IncrementalIndex[1];
    AnalysisResult first = run("v1", index);
    assertThat(first.findings()).anyMatch(f -> f.rule().equals("duplicate-port"));
    AnalysisResult unchanged = run("v1", index);
    assertThat(unchanged.findings()).isEqualTo(first.findings());

    Files.delete(base.resolve("docker-compose.yml"));
    AnalysisResult fewer = run("v1", index);
    assertThat(index[0].scanned()).isZero();
    assertThat(fewer.findings()).noneMatch(f -> f.rule().equals("duplicate-port"));
    assertThat(fewer).isEqualTo(engine.analyze(AnalysisRequest.defaults(base)));
  }

  @Test
  void anotherFingerprintDiscardsTheIndex() throws IOException {
    IncrementalIndex[] index = new IncrementalIndex[1];
    run("v1", index);
    run("v2", index);
    assertThat(index[0].reused()).isZero();
    assertThat(index[0].scanned()).isEqualTo(7);
  }

  @Test
  void aBrokenIndexFileIsIgnored() throws IOException {
    Files.writeString(out.resolve("portcheck-index.bin"), "{broken");
    IncrementalIndex[] index = new IncrementalIndex[1];
    run("v1", index);
    assertThat(index[0].scanned()).isEqualTo(7);
  }

  /** Size and time as recorded: the file is not read again, as make and git do. */
  @Test
  void aFileWhoseSizeAndTimeAreAsRecordedIsNotReadAgain() throws IOException {
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> files = Files.walk(base)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, hourAgo);
      }
    }
    IncrementalIndex[] index = new IncrementalIndex[1];
    run("v1", index);
    assertThat(index[0].scanned()).isEqualTo(7);
    run("v1", index);
    assertThat(index[0].reused()).isEqualTo(7);

    Path p3 = base.resolve("src/main/resources/application-p3.properties");
    String before = Files.readString(p3);
    Files.writeString(p3, before.replace("8003", "8009")); // same size
    Files.setLastModifiedTime(p3, hourAgo);
    AnalysisResult stale = run("v1", index);
    assertThat(index[0].scanned()).isZero();
    assertThat(stale.candidates()).anyMatch(c -> c.raw().equals("8003"));

    Files.setLastModifiedTime(p3, FileTime.fromMillis(System.currentTimeMillis() - 600_000));
    AnalysisResult fresh = run("v1", index);
    assertThat(index[0].scanned()).isEqualTo(1);
    assertThat(fresh.candidates()).anyMatch(c -> c.raw().equals("8009"));
    assertThat(fresh).isEqualTo(engine.analyze(AnalysisRequest.defaults(base)));
  }

  /** The digest of a run's content: equal for an unchanged tree, other after an edit. */
  @Test
  void theContentDigestFollowsTheContent() throws IOException {
    IncrementalIndex[] index = new IncrementalIndex[1];
    run("v1", index);
    String first = index[0].contentDigest();
    run("v1", index);
    assertThat(index[0].contentDigest()).isEqualTo(first).hasSize(64);
    Files.writeString(base.resolve("src/main/resources/application-p1.properties"), "x.port=1\n");
    run("v1", index);
    assertThat(index[0].contentDigest()).isNotEqualTo(first);
    run("v2", index);
    assertThat(index[0].contentDigest()).isNotEqualTo(first);
  }
}
