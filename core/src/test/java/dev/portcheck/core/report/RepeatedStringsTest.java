package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedStringsTest {
  @Test
  void encodesAFileOnceForARunOfElementsAndAgainWhenItChanges() {
    RepeatedStrings repeats = new RepeatedStrings();
    var first = repeats.file("a/b \"c\".yml");
    assertThat(repeats.file(new String("a/b \"c\".yml"))).isSameAs(first);
    assertThat(new String(first.asQuotedChars())).isEqualTo("a/b \\\"c\\\".yml");
    assertThat(repeats.file("d.yml").getValue()).isEqualTo("d.yml");
    assertThat(repeats.file("a/b \"c\".yml")).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void encodesEachRuleIdOnce() {
    RepeatedStrings repeats = new RepeatedStrings();
    var range = repeats.rule("port-range");
    repeats.rule("duplicate-port");
    assertThat(repeats.rule("port-range")).isSameAs(range);
    assertThat(repeats.rule("duplicate-port").getValue()).isEqualTo("duplicate-port");
  }
}
