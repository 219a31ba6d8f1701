package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.wiring.DockerfileLexer.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileLexerTest {
  @Test
  void continuationLinesJoinAndCommentsBetweenThemAreLeftOut() {
    List<List<Word>> instructions =
        DockerfileLexer.instructions(
            lines(
                "# syntax=docker/dockerfile:1",
                "FROM eclipse-temurin:17",
                "EXPOSE 8080 \\",
                "  # the management port",
                "  9090",
                "CMD [\"java\", \"-jar\", \"app.jar\"]"));
    assertThat(instructions)
        .extracting(words -> words.get(0).text())
        .containsExactly("FROM", "EXPOSE", "CMD");
    assertThat(instructions.get(1))
        .containsExactly(new Word("EXPOSE", 3, 1), new Word("8080", 3, 8), new Word("9090", 5, 3));
  }

  @Test
  void aQuotedWordKeepsItsSpacesAndQuotes() {
    List<List<Word>> instructions =
        DockerfileLexer.instructions("ENV JAVA_OPTS=\"-Dserver.port=8081 -Xmx512m\" PORT=8081\r\n");
    assertThat(instructions.get(0))
        .extracting(Word::text)
        .containsExactly("ENV", "JAVA_OPTS=\"-Dserver.port=8081 -Xmx512m\"", "PORT=8081");
  }
}
