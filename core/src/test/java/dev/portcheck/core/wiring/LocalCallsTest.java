package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalCallsTest {
  @Test
  void aCallToItsOwnHost() {
    assertThat(LocalCalls.port("localhost:9898/healthz")).isEqualTo(9898);
    assertThat(LocalCalls.port("http://127.0.0.1:8080/ready")).isEqualTo(8080);
    assertThat(LocalCalls.port("curl -f http://localhost:3000")).isEqualTo(3000);
  }

  @Test
  void anAddressWithoutHostDialsItsOwnHost() {
    assertThat(LocalCalls.port("-addr=:7000")).isEqualTo(7000);
    assertThat(LocalCalls.port("/bin/grpc_health_probe -addr=:50051 -rpc-timeout=5s"))
        .isEqualTo(50051);
    assertThat(LocalCalls.port(":8080")).isEqualTo(8080);
  }

  @Test
  void aLocalUrlWithoutPortCallsItsSchemesPort() {
    assertThat(LocalCalls.port("http://127.0.0.1/health")).isEqualTo(80);
    assertThat(LocalCalls.port("curl -fsS https://localhost")).isEqualTo(443);
    assertThat(LocalCalls.port("'http://localhost?x=1'")).isEqualTo(80);
    assertThat(LocalCalls.port("http://localhost.example/health")).isEqualTo(-1);
    assertThat(LocalCalls.port("ftp://localhost/x")).isEqualTo(-1);
  }

  @Test
  void anyOtherHostOrNoPortIsNone() {
    assertThat(LocalCalls.port("http://:8080/x")).isEqualTo(-1);
    assertThat(LocalCalls.port("at 10:30")).isEqualTo(-1);
    assertThat(LocalCalls.port("http://api:8080/health")).isEqualTo(-1);
    assertThat(LocalCalls.port("localhost")).isEqualTo(-1);
    assertThat(LocalCalls.port("localhost:99999")).isEqualTo(-1);
  }
}
