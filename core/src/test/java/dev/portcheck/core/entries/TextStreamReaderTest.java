package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** Held to SnakeYAML's own reader: the same events, marks and errors on the same text. */
class TextStreamReaderTest {

  /** Every event with its marks, or the error that ended the parse with its mark. */
  private static List<String> events(StreamReader reader, int codePointLimit) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(codePointLimit);
    List<String> out = new ArrayList<>();
    try {
      ParserImpl parser = new ParserImpl(reader, options);
      while (parser.peekEvent() != null) {
        Event e = parser.getEvent();
        String value =
            e instanceof ScalarEvent s ? " " + s.getValue() + " " + s.getScalarStyle() : "";
        out.add(e.getEventId() + value + " " + at(e.getStartMark()) + "-" + at(e.getEndMark()));
        if (e.is(Event.ID.StreamEnd)) {
          break;
        }
      }
    } catch (MarkedYAMLException e) {
      out.add("error " + e.getProblem() + " " + at(e.getProblemMark()) + " " + e.getContext());
    } catch (YAMLException e) {
      out.add("error " + e.getMessage());
    }
    return out;
  }

  private static String at(Mark m) {
    return m == null ? "none" : m.getIndex() + ":" + m.getLine() + ":" + m.getColumn();
  }

  private static void assertSameAsSnakeYaml(String text) {
    assertSameAsSnakeYaml(text, 3_000_000);
  }

  private static void assertSameAsSnakeYaml(String text, int codePointLimit) {
    List<String> expected = events(new StreamReader(new StringReader(text)), codePointLimit);
    assertThat(events(TextStreamReader.of(text), codePointLimit)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "server:\n  port: 8080\n",
        "a: 1\r\nb:\r\n  - x\r\n  - \"y\"\r\n",
        "a: 1\rb: 2\r",
        "\uFEFFkey: value\n",
        "a: 1\u0085b: 2\u2028c: 3\u2029d: 4\n",
        "--- \nkind: Service\n...\n---\nkind: Pod\nspec: {ports: [80, 443], host: 'h'}\n",
        "text: |\n  line one\n  line two\nfolded: >-\n  a\n  b\nnext: 1\n",
        "base: &b\n  port: 80\nuse:\n  <<: *b\n  host: x\n",
        "? [complex, key]\n: value\n",
        "url: \"jdbc:mysql://db:3306/x?a=b\"\nempty:\ntab:\t1\n",
        "caf\u00e9: na\u00efve \u65e5\u672c\n",
        "a: [1, 2\nb: 3\n",
        "a: b: c\n",
        "  - item\nkey: value\n",
        "a: 'unclosed\n",
        "a: \"esc\\u0041\\n\"\n",
        "%YAML 1.1\n---\na: !!str 1\n",
      })
  void sameEventsMarksAndErrors(String text) {
    assertSameAsSnakeYaml(text);
  }

  @Test
  void sameOnGeneratedConfigs() {
    Random random = new Random(7);
    String[] values = {"8080", "\"a:1\"", "'q'", "[1, 2]", "{x: 1}", "|\n      block", "", "~"};
    for (int file = 0; file < 200; file++) {
      StringBuilder text = new StringBuilder();
      String newline = random.nextInt(4) == 0 ? "\r\n" : "\n";
      for (int i = 0; i < 1 + random.nextInt(60); i++) {
        int indent = random.nextInt(3) * 2;
        text.append(" ".repeat(indent));
        text.append(random.nextBoolean() ? "- " : "");
        text.append("k").append(i).append(": ").append(values[random.nextInt(values.length)]);
        text.append(newline);
      }
      assertSameAsSnakeYaml(text.toString());
    }
  }

  @Test
  void theCodePointLimitHoldsAsInSnakeYaml() {
    assertSameAsSnakeYaml("a: " + "x".repeat(5_000) + "\n", 1_000);
  }

  @Test
  void textThatIsNotAllPrintableBmpGoesThroughTheLibrary() {
    assertThat(TextStreamReader.of("a: 1\n")).isInstanceOf(TextStreamReader.class);
    assertThat(TextStreamReader.of("a: \u0007\n")).isNotInstanceOf(TextStreamReader.class);
    assertThat(TextStreamReader.of("smile: \uD83D\uDE00\n"))
        .isNotInstanceOf(TextStreamReader.class);
    assertSameAsSnakeYaml("a: \u0007\n");
    assertSameAsSnakeYaml("smile: \uD83D\uDE00\n");
  }
}
