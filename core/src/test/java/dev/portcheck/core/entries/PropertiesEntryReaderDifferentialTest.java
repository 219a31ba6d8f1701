package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.corpus.Corpus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Holds the one-pass reader to java.util.Properties, the grammar Spring Boot, Quarkus and Kafka
 * load with: same keys and values on every real {@code .properties} file of the corpus and on
 * seeded random texts built from the characters the grammar cares about; and every value character
 * reported at a place in the text that holds it (or the escape that produced it).
 */
class PropertiesEntryReaderDifferentialTest {
  private static final String ALPHABET = "ab=: \t\f\\\n\r#!u0Fg";
  private static final String[] PIECES = {"\\u0041", "\\u00", "\\\n", "\\\r\n", "  ", "=", "p8080"};

  @Test
  void agreesWithJavaUtilPropertiesOnRandomTexts() throws IOException {
    Random random = new Random(20261125L);
    for (int run = 0; run < 20_000; run++) {
      String text = randomText(random);
      compare(text);
    }
  }

  @Test
  void agreesWithJavaUtilPropertiesOnTheCorpus() throws IOException {
    Path root = Corpus.locate().orElse(null);
    Assumptions.assumeTrue(root != null, "corpus not present");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root.resolve("files"))) {
      files = s.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      compare(Files.readString(file, StandardCharsets.ISO_8859_1));
    }
  }

  private static String randomText(Random random) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(5) == 0) {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      } else {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return s.toString();
  }

  private static void compare(String text) throws IOException {
    Properties expected = new Properties();
    boolean refused = false;
    try {
      expected.load(new StringReader(text));
    } catch (IllegalArgumentException e) {
      refused = true; // malformed \\uXXXX: the reader must say so
    }
    ReadResult read = new PropertiesEntryReader().read(text);
    if (refused) {
      assertThat(read.problems()).as("problems for %s", show(text)).isNotEmpty();
      return;
    }
    assertThat(read.problems()).as("problems for %s", show(text)).isEmpty();
    Map<String, String> actual = new LinkedHashMap<>();
    for (LocatedEntry e : read.entries()) {
      actual.put(e.key(), e.value());
      assertPositions(text, e);
    }
    Map<String, String> wanted = new LinkedHashMap<>();
    expected.stringPropertyNames().forEach(k -> wanted.put(k, expected.getProperty(k)));
    assertThat(actual).as("entries of %s", show(text)).containsExactlyInAnyOrderEntriesOf(wanted);
  }

  /**
   * Each value character is written at its position, or produced by the escape that starts there.
   */
  private static void assertPositions(String text, LocatedEntry e) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < e.value().length(); i++) {
      Position p = e.positionOf(i);
      assertThat(p.line())
          .as("line of %s[%d] in %s", e.key(), i, show(text))
          .isBetween(1, lines.length);
      String line = lines[p.line() - 1];
      assertThat(p.column())
          .as("column of %s[%d] in %s", e.key(), i, show(text))
          .isBetween(1, line.length());
      char written = line.charAt(p.column() - 1);
      if (written != '\\') {
        assertThat(written)
            .as("%s[%d] in %s", e.key(), i, show(text))
            .isEqualTo(e.value().charAt(i));
      }
    }
  }

  private static String show(String text) {
    return '"'
        + text.replace("\\", "\\\\")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t")
            .replace("\f", "\\f")
        + '"';
  }
}
