package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.rules.RuleSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredCandidatesTest {
  @TempDir Path base;

  @Test
  void aScanReadFromTheIndexDecodesItsCandidatesOnFirstUse() throws IOException {
    Path file = base.resolve("docker-compose.yml");
    Files.writeString(
        file,
        "services:\n  web:\n    image: nginx\n    ports:\n      - \"8080:80\"\n      - \"70000:81\"\n");
    FileScanner scanner = new FileScanner(StandardCharsets.UTF_8, 1 << 20, RuleSet.standard());
    FileScanner.FileScan scan = scanner.scan(ConfigFile.of(base, file));
    assertThat(scan.candidates()).hasSize(2);
    assertThat(scan.findings()).isNotEmpty();

    byte[] block = BlockFiles.encode(w -> w.scan(scan));
    FileScanner.FileScan read = new ScanReader(ByteBuffer.wrap(block)).scan();

    assertThat(read.findings()).isEqualTo(scan.findings());
    assertThat(read.wiring()).isEqualTo(scan.wiring());
    assertThat(read.candidates()).isInstanceOf(DeferredCandidates.class);
    DeferredCandidates deferred = (DeferredCandidates) read.candidates();
    assertThat(deferred.size()).isEqualTo(2);
    assertThat(deferred.deferred()).isTrue();
    assertThat(deferred.get(1)).isEqualTo(scan.candidates().get(1));
    assertThat(deferred.deferred()).isFalse();
    assertThat(read.candidates()).isEqualTo(scan.candidates());
  }

  @Test
  void anUnchangedReRunListsTheCandidatesFileByFile(@TempDir Path out) throws IOException {
    Files.writeString(base.resolve("a.properties"), "server.port=8080\n");
    Files.writeString(base.resolve("b.properties"), "server.port=8081\nmanagement.server.port=9\n");
    Path index = out.resolve("index.bin");
    PortcheckEngine engine = PortcheckEngine.standard();
    IncrementalIndex first = IncrementalIndex.load(index, "v");
    AnalysisResult cold = engine.analyze(AnalysisRequest.defaults(base), first);
    first.save(index);
    IncrementalIndex second = IncrementalIndex.load(index, "v");
    AnalysisResult again = engine.analyze(AnalysisRequest.defaults(base), second);
    second.save(index);

    assertThat(second.reused()).isEqualTo(2);
    assertThat(again.candidates()).isInstanceOf(SpilledList.PerFile.class);
    assertThat(again.candidates()).hasSize(3).isEqualTo(cold.candidates());
  }
}
