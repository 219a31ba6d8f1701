package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandWordsTest {
  private static final Loc AT = new Loc("Dockerfile", 4, 5);

  @Test
  void aShellStringSplitsAtBlanksAndAListLosesItsQuotesBracketsAndCommas() {
    assertThat(
            CommandWords.split(
                List.of(
                    new ListenFlags.Word("./wait-for  db:5432 --", AT),
                    new ListenFlags.Word("[\"node\",", AT),
                    new ListenFlags.Word("\"index.js\"];", AT))))
        .extracting(ListenFlags.Word::text)
        .containsExactly("./wait-for", "db:5432", "--", "node", "index.js");
  }

  @Test
  void eachPartKeepsThePlaceOfItsWordAndNothingEmptyIsLeft() {
    assertThat(CommandWords.split(List.of(new ListenFlags.Word(" \"\" ,", AT)))).isEmpty();
    assertThat(CommandWords.split(List.of(new ListenFlags.Word("a b", AT))))
        .extracting(ListenFlags.Word::loc)
        .containsExactly(AT, AT);
  }
}
