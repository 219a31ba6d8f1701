package dev.portcheck.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.portcheck.core.candidates.ComposePortSpec;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortExtractor;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.PropertiesEntryReader;
import dev.portcheck.core.entries.ReadResult;
import dev.portcheck.core.entries.TemplateLineScanner;
import dev.portcheck.core.entries.YamlEntryReader;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz tests: no input may make a reader or parser throw, and every located position must lie in
 * the input. In a normal build they replay their seed corpus (src/test/resources/.../
 * ReadersFuzzTestInputs); {@code JAZZER_FUZZ=1} fuzzes for real (see README).
 */
class ReadersFuzzTest {
  private static final ConfigFile YAML = new ConfigFile(Path.of("f.yml"), "f.yml", FileFormat.YAML);
  private static final ConfigFile PROPS =
      new ConfigFile(
          Path.of("application.properties"), "application.properties", FileFormat.PROPERTIES);
  private static final ConfigFile COMPOSE =
      new ConfigFile(Path.of("compose.yml"), "compose.yml", FileFormat.YAML);

  @FuzzTest(maxDuration = "10s")
  void propertiesReader(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ReadResult r = new PropertiesEntryReader().read(text);
    checkPositions(text, r.entries());
    checkCandidates(text, PortExtractor.extract(PROPS, r.entries()));
  }

  @FuzzTest(maxDuration = "10s")
  void yamlReader(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ReadResult r = new YamlEntryReader().read(text);
    r.problems().forEach(p -> assertThat(p.line()).isPositive());
    checkCandidates(text, PortExtractor.extract(YAML, r.entries()));
    checkCandidates(text, PortExtractor.extract(COMPOSE, TemplateLineScanner.scan(text)));
  }

  @FuzzTest(maxDuration = "10s")
  void valueParsers(FuzzedDataProvider data) {
    String key = data.consumeString(40);
    String value = data.consumeRemainingAsString();
    ComposePortSpec.Parsed spec = ComposePortSpec.parseLenient(value);
    spec.spans().forEach(s -> assertThat(s.end()).isLessThanOrEqualTo(value.length()));
    LocatedEntry entry = LocatedEntry.simple(key, value, 1, 1, 0);
    String text = key + ": " + value;
    checkCandidates(text, PortExtractor.extract(PROPS, List.of(entry)));
    checkCandidates(
        text,
        PortExtractor.extract(
            COMPOSE, List.of(LocatedEntry.simple("services.a.ports[0]", value, 1, 1, 0), entry)));
  }

  private static void checkPositions(String text, List<LocatedEntry> entries) {
    // \r, \n and \r\n all end a line for java.util.Properties; counting each gives an upper bound
    int lines = (int) text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (LocatedEntry e : entries) {
      assertThat(e.line()).isBetween(1, lines + 1);
      assertThat(e.column()).isPositive();
    }
  }

  private static void checkCandidates(String text, List<PortCandidate> candidates) {
    int lines = (int) text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (PortCandidate c : candidates) {
      for (PortLiteral p : c.ports()) {
        assertThat(p.line()).isBetween(1, lines + 1);
        assertThat(p.column()).isPositive();
      }
    }
  }
}
