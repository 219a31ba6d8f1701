package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortNumbersTest {
  @Test
  void decimalIntegersOnly() {
    assertThat(PortNumbers.parseInteger(" 8080 ")).isEqualTo(8080L);
    assertThat(PortNumbers.parseInteger("+80")).isEqualTo(80L);
    assertThat(PortNumbers.parseInteger("-1")).isEqualTo(-1L);
    assertThat(PortNumbers.parseInteger("0080")).isEqualTo(80L);
    for (String no :
        new String[] {"", "+", "0x1F90", "8_080", "8080.0", "1e3", "８０", "99999999999999999999"}) {
      assertThat(PortNumbers.parseInteger(no)).as(no).isNull();
    }
    assertThat(PortNumbers.isDigits("99999999999999999999")).isTrue();
  }

  @Test
  void portValuesShareOneBoxEach() {
    assertThat(PortNumbers.box(8080)).isSameAs(PortNumbers.parseInteger("8080"));
    assertThat(PortNumbers.box(65535)).isSameAs(PortNumbers.box(65535));
    assertThat(PortNumbers.box(65536)).isEqualTo(65536L);
    assertThat(PortNumbers.box(-5)).isEqualTo(-5L);
  }

  @Test
  void aPlainNumberIsOneToFiveAsciiDigits() {
    assertThat(PortNumbers.plainNumber("08080")).isEqualTo(8080);
    assertThat(PortNumbers.plainNumber("0")).isZero();
    assertThat(PortNumbers.plainNumber("99999")).isEqualTo(99999);
    assertThat(PortNumbers.plainNumber("100000")).isEqualTo(-1);
    assertThat(PortNumbers.plainNumber("+80")).isEqualTo(-1);
    assertThat(PortNumbers.plainNumber(" 80")).isEqualTo(-1);
    assertThat(PortNumbers.plainNumber("")).isEqualTo(-1);
    assertThat(PortNumbers.plainNumber("\uFF18\uFF10")).isEqualTo(-1); // full-width 80
  }

  @Test
  void aPortIsAPlainNumberFrom1To65535() {
    assertThat(PortNumbers.port(" 8080 ")).isEqualTo(8080);
    assertThat(PortNumbers.port("0")).isEqualTo(-1);
    assertThat(PortNumbers.port("65536")).isEqualTo(-1);
    assertThat(PortNumbers.port("http")).isEqualTo(-1);
  }
}
