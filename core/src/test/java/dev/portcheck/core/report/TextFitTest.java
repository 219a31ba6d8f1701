package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFitTest {

  @Test
  void shortTextIsLeftAlone() {
    assertThat(TextFit.fit("cart", 24, 13, true, 162)).isEqualTo(">cart");
  }

  @Test
  void longTextIsClippedAndSqueezedIntoTheRoom() {
    assertThat(TextFit.fit("node-directory-size-metrics-exporter", 24, 13, true, 162))
        .isEqualTo(
            " textLength=\"162\" lengthAdjust=\"spacingAndGlyphs\">node-directory-size-met…");
    assertThat(TextFit.fit("compose · no ports declared", 30, 12, false, 162))
        .startsWith(" textLength=\"162\"");
  }

  @Test
  void wideLettersCountMore() {
    assertThat(TextFit.width("mmmm", 13, false)).isGreaterThan(TextFit.width("iiii", 13, false));
  }

  @Test
  void textIsEscaped() {
    assertThat(TextFit.fit("a<b", 24, 13, true, 162)).isEqualTo(">a&lt;b");
  }
}
