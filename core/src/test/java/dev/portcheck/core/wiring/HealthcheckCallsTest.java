package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckCallsTest {
  private static List<String> calls(String... words) {
    return HealthcheckCalls.of(
            Arrays.stream(words).map(w -> new ListenFlags.Word(w, new Loc("c.yml", 1, 1))).toList())
        .stream()
        .map(Setting::value)
        .toList();
  }

  @Test
  void toolsThatTakeHostAndPortApart() {
    assertThat(calls("CMD", "nc", "-vz", "localhost", "9108")).containsExactly("localhost:9108");
    assertThat(calls("CMD-SHELL", "pg_isready -U app -p 5433 || exit 1"))
        .containsExactly("localhost:5433");
    assertThat(calls("redis-cli -h cache -p 6380 ping")).containsExactly("cache:6380");
    assertThat(calls("mysqladmin ping -h localhost -P 3307")).containsExactly("localhost:3307");
    assertThat(calls("valkey-cli -p 6380 ping")).containsExactly("localhost:6380");
    assertThat(calls("[ $$(valkey-cli -p 6380 --pass \"x\" ping) = 'PONG' ]"))
        .containsExactly("localhost:6380");
    assertThat(calls("[ `redis-cli -p 6381 ping` = 'PONG' ]")).containsExactly("localhost:6381");
  }

  @Test
  void theContainersOwnPortsAreThoseItsCallsOnLoopbackName() {
    List<ListenFlags.Word> words =
        Arrays.stream(
                new String[] {
                  "curl",
                  "-f",
                  "http://localhost:8080/health",
                  "&&",
                  "nc",
                  "-z",
                  "127.0.0.1",
                  "9000",
                  "&&",
                  "curl",
                  "http://db:5432",
                  "http://0.0.0.0:8080/again"
                })
            .map(w -> new ListenFlags.Word(w, new Loc("Dockerfile", 3, 1)))
            .toList();
    assertThat(HealthcheckCalls.selfPorts(words))
        .extracting(DockerImage.Exposed::port)
        .containsExactlyInAnyOrder(8080, 9000);
  }

  @Test
  void noPortNoCall() {
    assertThat(calls("CMD", "pg_isready", "-U", "app")).isEmpty();
    assertThat(calls("CMD", "curl", "-f", "http://localhost:8080")).isEmpty();
    assertThat(calls("nc -z localhost $PORT")).isEmpty();
  }

  @Test
  void bashOpensTheSocketItsDevicePathNames() {
    assertThat(calls("CMD-SHELL", "exec 3<>/dev/tcp/127.0.0.1/9001 && echo ok"))
        .containsExactly("127.0.0.1:9001");
    assertThat(calls("bash -c 'echo > /dev/udp/dns/53'")).containsExactly("dns:53");
    assertThat(calls("cat < /dev/tcp/localhost/$PORT")).isEmpty();
  }
}
