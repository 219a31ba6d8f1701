package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

  @Test
  void readsNothingElse() {
    assertThat(hostPort("jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PORT=1521)))")).isNull();
    assertThat(hostPort("jdbc:oracle:thin:@db")).isNull();
    assertThat(hostPort("jdbc:postgresql://db:5432/x")).isNull();
    assertThat(hostPort("jdbc:oracle:thin:@//db:port/x")).isNull();
  }
}
