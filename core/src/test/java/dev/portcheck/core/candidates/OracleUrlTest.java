package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OracleUrlTest {
  private static String hostPort(String url) {
    int[] at = OracleUrl.hostPort(url);
    return at == null ? null : url.substring(at[0], at[1]);
  }

  @Test
  void findsHostAndPortInBothThinForms() {
    assertThat(hostPort("jdbc:oracle:thin:@//db.shop:1521/ORCLPDB1")).isEqualTo("db.shop:1521");
    assertThat(hostPort("jdbc:oracle:thin:@db:1522:XE")).isEqualTo("db:1522");
    assertThat(hostPort("jdbc:oracle:thin:scott/tiger@//db:1523")).isEqualTo("db:1523");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PORT=1521)))",
        "jdbc:oracle:thin:@db",
        "jdbc:postgresql://db:5432/x",
        "jdbc:oracle:thin:@//db:port/x"
      })
  void readsNothingElse(String value) {
    assertThat(hostPort(value)).isNull();
  }
}
