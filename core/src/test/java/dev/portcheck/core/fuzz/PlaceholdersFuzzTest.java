package dev.portcheck.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.portcheck.core.candidates.Placeholders;
import java.util.Map;

/** The placeholder resolver never throws and maps every output character into the input. */
class PlaceholdersFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void expand(FuzzedDataProvider data) {
    Placeholders.Syntax syntax = data.pickValue(Placeholders.Syntax.values());
    String refValue = data.consumeString(30);
    String value = data.consumeRemainingAsString();
    Placeholders.Expanded x =
        Placeholders.expand(value, syntax, Map.of("a", refValue, "b", "${a}")::get);
    assertThat(x.offsets()).hasSize(x.text().length());
    for (int offset : x.offsets()) {
      assertThat(offset).isBetween(0, Math.max(0, value.length() - 1));
    }
  }
}
