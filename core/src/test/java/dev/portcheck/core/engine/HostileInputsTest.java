package dev.portcheck.core.engine;

import static dev.portcheck.core.findings.FindingAssertions.assertOnlyFindingOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files: each gives a located finding or a documented skip, never an exception.
 * The timeouts only guard against hangs; speed is measured by the benchmarks.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputsTest {
  @TempDir Path base;
  private final FileScanner scanner =
      new FileScanner(StandardCharsets.UTF_8, 10L * 1024 * 1024, RuleSet.standard());

  private FileScanner.FileScan scan(String name, byte[] content) throws IOException {
    Path file = base.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return scanner.scan(ConfigFile.of(base, file));
  }

  private FileScanner.FileScan scan(String name, String content) throws IOException {
    return scan(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> rules(FileScanner.FileScan s) {
    return s.findings().stream().map(Finding::rule).toList();
  }

  @Test
  void yamlBeyondTheCodePointLimitIsAParseError() throws IOException {
    String big = "a: \"" + "x".repeat(4 * 1024 * 1024) + "\"\n";
    Path file = base.resolve("big.yml");
    Files.writeString(file, big);
    FileScanner.FileScan s =
        new FileScanner(StandardCharsets.UTF_8, 64L * 1024 * 1024, RuleSet.standard())
            .scan(ConfigFile.of(base, file));
    assertOnlyFindingOf("parse-error", s.findings(), "above the limit of 3145728");
  }

  @Test
  void tabsUnclosedQuotesAndBracketsAreLocated() throws IOException {
    assertThat(scan("tabs.yml", "server:\n\tport: 8080\n").findings())
        .anySatisfy(f -> assertThat(f.rule()).isEqualTo("parse-error"));
    Finding quote = scan("quote.yml", "a: 1\nb: \"open\nc: 3\n").findings().get(0);
    assertThat(quote.rule()).isEqualTo("parse-error");
    assertThat(quote.line()).isGreaterThan(1);
    assertThat(rules(scan("bracket.yml", "a: [1, 2\n"))).containsExactly("parse-error");
  }

  @Test
  void bomCrlfEmptyAndCommentOnlyFilesAreFine() throws IOException {
    byte[] bom = "\uFEFFserver:\r\n  port: 8080\r\n".getBytes(StandardCharsets.UTF_8);
    FileScanner.FileScan s = scan("bom.yml", bom);
    assertThat(s.findings()).isEmpty();
    assertThat(s.candidates().get(0).line()).isEqualTo(2);
    assertThat(s.candidates().get(0).column()).isEqualTo(9);
    assertThat(scan("empty.yml", "").findings()).isEmpty();
    assertThat(scan("comments.yml", "# nothing\n# here\n").findings()).isEmpty();
    assertThat(scan("crlf.properties", "a=1\r\nserver.port=70000\r\n").findings())
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(2));
  }

  @Test
  void invalidUtf8IsLocatedAndTheRestStillRead() throws IOException {
    byte[] bytes = "a=1\nb=caf\u00e9\nserver.port=70000\n".getBytes(StandardCharsets.ISO_8859_1);
    FileScanner.FileScan s = scan("latin1.properties", bytes);
    assertThat(s.findings()).extracting(Finding::rule).containsExactly("parse-error", "port-range");
    assertThat(s.findings().get(0).line()).isEqualTo(2);
    assertThat(s.findings().get(0).message()).contains("not valid UTF-8");
    FileScanner latin1 = new FileScanner(StandardCharsets.ISO_8859_1, 1 << 20, RuleSet.standard());
    assertThat(latin1.scan(ConfigFile.of(base, base.resolve("latin1.properties"))).findings())
        .extracting(Finding::rule)
        .containsExactly("port-range");
  }

  @Test
  void aOneMegabyteLineIsRead() throws IOException {
    String line = "x=" + "9".repeat(1024 * 1024) + "\nserver.port=8080\n";
    FileScanner.FileScan s = scan("long.properties", line);
    assertThat(s.candidates()).hasSize(1);
  }

  @Test
  void binaryFilesAreSkippedWithAnInfo() throws IOException {
    FileScanner.FileScan s = scan("blob.yml", new byte[] {'a', ':', ' ', 0, 1, 2, '\n'});
    assertThat(s.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("file-skipped");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("binary");
            });
  }

  @Test
  void filesAboveTheLimitAreSkippedWithAWarning() throws IOException {
    Path file = base.resolve("huge.yml");
    Files.writeString(file, "a: " + "1".repeat(2000) + "\n");
    FileScanner tiny = new FileScanner(StandardCharsets.UTF_8, 1000, RuleSet.standard());
    assertThat(tiny.scan(ConfigFile.of(base, file)).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("file-too-large");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("portcheck.maxFileSize");
            });
  }

  @Test
  void aFileThatCannotBeReadIsReported() {
    ConfigFile gone = ConfigFile.of(base, base.resolve("gone.yml"));
    assertThat(scanner.scan(gone).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("cannot be read"));
  }

  @Test
  void symlinkLoopsAndOddPathsAreHandled() throws IOException {
    Path dir = base.resolve("src/main/resources/dir with spaces/ünïcødé");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("application.properties"), "server.port=70000\n");
    Files.createSymbolicLink(dir.resolve("loop"), base.resolve("src/main/resources"));
    AnalysisResult r = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("port-range");
              assertThat(f.file())
                  .isEqualTo("src/main/resources/dir with spaces/ünïcødé/application.properties");
            });
    assertThat(r.findings())
        .anySatisfy(f -> assertThat(f.message()).contains("symbolic link loop"));
  }

  @Test
  void numbersAreAcceptedOrRejectedAsDocumented() throws IOException {
    String text =
        String.join(
            "\n",
            "a.port=+8080",
            "b.port=08080",
            "c.port=0x1F90",
            "d.port=8_080",
            "e.port=8080.0",
            "f.port=1e3",
            "g.port=\uFF18\uFF10\uFF18\uFF10",
            "h.port=99999999999999999999",
            "");
    List<Finding> f =
        scan("application.properties", text).findings().stream()
            .filter(x -> x.rule().equals("port-range"))
            .toList();
    assertThat(f).extracting(Finding::line).containsExactly(3, 4, 5, 6, 7, 8);
    // Another program's file may write ports in its own notation: only the huge number is certain.
    assertThat(
            scan("numbers.properties", text).findings().stream()
                .filter(x -> x.rule().equals("port-range")))
        .extracting(Finding::line)
        .containsExactly(8);
    assertThat(scan("quoted.yml", "server:\n  port: \" 8080 \"\n").findings()).isEmpty();
  }

  @Test
  void duplicateKeysWithDifferentPortsAreAFindingOfTheirOwn() throws IOException {
    Path file = base.resolve("src/main/resources/application.yml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "server:\n  port: 8080\n  port: 9090\n");
    AnalysisResult r = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(base));
    assertThat(r.findings())
        .extracting(Finding::rule)
        .contains("duplicate-key", "repeated-port-key");
  }
}
