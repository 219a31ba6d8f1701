package dev.portcheck.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portcheck.core.engine.FileScanner;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures discovery on the shared corpus of real configs. Run alone with {@code ./mvnw -pl core
 * test -Dtest=CorpusDiscoveryTest}; the table of recall, precision and role accuracy per format is
 * printed to standard output. Skipped only when the corpus folder is absent.
 */
class CorpusDiscoveryTest {
  private static Corpus corpus;
  private static final FileScanner SCANNER =
      new FileScanner(StandardCharsets.UTF_8, 10L * 1024 * 1024, RuleSet.standard());

  @BeforeAll
  static void load() throws IOException {
    Optional<Path> root = Corpus.locate();
    assumeTrue(root.isPresent(), "shared/corpus not found beside the project");
    corpus = Corpus.load(root.get());
  }

  private static FileScanner.FileScan scan(String relative) {
    return SCANNER.scan(ConfigFile.of(corpus.files(), corpus.files().resolve(relative)));
  }

  @Test
  void findsLabelledPortsWithHighRecallAndPrecision() {
    CorpusScore score = new CorpusScore();
    corpus
        .labelledFiles()
        .forEach(
            (file, format) -> {
              List<Corpus.Label> labels =
                  corpus.labels().stream().filter(l -> l.file().equals(file)).toList();
              score.score(format, file, labels, scan(file).candidates());
            });
    System.out.println(
        "portcheck discovery on "
            + corpus.labelledFiles().size()
            + " labelled corpus files:\n"
            + score.table());
    score.total.misses.forEach(m -> System.out.println("  " + m));

    assertThat(score.total.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
    assertThat(score.total.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(score.total.roleAccuracy()).as("role accuracy").isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void trapsAreNotReportedAsPorts() {
    List<String> hits = new ArrayList<>();
    for (Corpus.Label trap : corpus.labels()) {
      if (!trap.trap() || !corpus.labelledFiles().containsKey(trap.file())) {
        continue;
      }
      scan(trap.file()).candidates().stream()
          .filter(c -> c.line() == trap.line() && !c.portValues().isEmpty())
          .forEach(c -> hits.add(trap.file() + ":" + trap.line() + " " + trap.key()));
    }
    assertThat(hits).isEmpty();
  }

  @Test
  void everyCorpusFileScansWithoutParseErrorsUnlessItIsATemplate() throws IOException {
    List<String> problems = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> walk = Files.walk(corpus.files())) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        if (FileFormat.forFileName(p.getFileName().toString()).isEmpty()) {
          continue;
        }
        String rel = corpus.files().relativize(p).toString().replace('\\', '/');
        scanned++;
        for (Finding f : scan(rel).findings()) {
          if (f.rule().equals("parse-error")) {
            problems.add(rel + ":" + f.line() + " " + f.message());
          }
        }
      }
    }
    assertThat(scanned).isGreaterThan(300);
    assertThat(problems).isEmpty();
  }
}
