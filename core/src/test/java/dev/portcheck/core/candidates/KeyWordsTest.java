package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyWordsTest {
  @Test
  void findsAWordOfAnySegmentWhateverItsCase() {
    List<String> wanted = List.of("listeners", "bind");
    assertThat(KeyWords.hasWord("kafka.LISTENERS", wanted)).isTrue();
    assertThat(KeyWords.hasWord("server.bindAddress", wanted)).isTrue();
    assertThat(KeyWords.hasWord("KAFKA_ADVERTISED_LISTENERS", wanted)).isTrue();
    assertThat(KeyWords.hasWord("binder.port", wanted)).isFalse();
    assertThat(KeyWords.hasWord("a[\"x.bind\"]", wanted)).isTrue();
    assertThat(KeyWords.hasWord("ports[0]", wanted)).isFalse();
  }

  /** {@code hasWord} answers as building every word and asking would, on keys of every shape. */
  @Test
  void hasWordAgreesWithTheWordsOfEverySegment() {
    java.util.List<String> wanted = java.util.List.of("listen", "bind", "server", "kafka", "i");
    String[] parts = {
      "listen",
      "Listen",
      "LISTEN",
      "bind",
      "Bind",
      "server",
      "Server",
      "kafka",
      "\u212Aafka",
      "\u0130",
      "i",
      "x",
      "port",
      ".",
      "_",
      "-",
      "[0]",
      "[\"a.b\"]",
      "\"q.listen\"",
      "[",
      "]",
      "\"",
      "9",
      "\u00e9"
    };
    java.util.Random random = new java.util.Random(7);
    int agreed = 0;
    int matched = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder key = new StringBuilder();
      for (int k = random.nextInt(7); k >= 0; k--) {
        key.append(parts[random.nextInt(parts.length)]);
      }
      boolean expected = false;
      for (String segment : KeyClassifier.segments(key.toString())) {
        for (String word : KeyClassifier.words(segment)) {
          expected |= wanted.contains(word);
        }
      }
      assertThat(KeyWords.hasWord(key.toString(), wanted)).as(key.toString()).isEqualTo(expected);
      agreed++;
      matched += expected ? 1 : 0;
    }
    assertThat(matched).isBetween(agreed / 10, agreed - agreed / 10);
  }
}
