package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostPortPairsTest {
  private static Setting s(String name, String value, int line) {
    return new Setting(name, value, new Loc("a.yaml", line, 20));
  }

  @Test
  void aHostAndAPortOfOneStemMakeAnAddressLocatedAtThePort() {
    List<Setting> pairs =
        HostPortPairs.join(
            List.of(
                s("ORDER_QUEUE_HOSTNAME", "rabbitmq", 1),
                s("ORDER_QUEUE_PORT", "5671", 2),
                s("quarkus.grpc.clients.locations.host", "grpc-locations", 3),
                s("quarkus.grpc.clients.locations.port", "80", 4),
                s("host", "db", 5),
                s("port", "5432", 6)));
    assertThat(pairs)
        .extracting(Setting::value)
        .containsExactly("rabbitmq:5671", "grpc-locations:80", "db:5432");
    assertThat(pairs.get(0).loc().line()).isEqualTo(2);
    assertThat(pairs.get(0).name()).isEqualTo("ORDER_QUEUE_HOSTNAME + ORDER_QUEUE_PORT");
  }

  @Test
  void otherStemsVariablesAndTextAreNoPairs() {
    assertThat(
            HostPortPairs.join(
                List.of(
                    s("DB_HOST", "db", 1),
                    s("REDIS_PORT", "6379", 2),
                    s("CACHE_HOST", "${CACHE}", 3),
                    s("CACHE_PORT", "6379", 4),
                    s("MQ_HOST", "mq", 5),
                    s("MQ_PORT", "$(PORT)", 6))))
        .isEmpty();
  }

  @Test
  void wordsSplitAtSeparatorsAndCamelCase() {
    assertThat(HostPortPairs.words("spring.data.mongodb.serverPort"))
        .containsExactly("spring", "data", "mongodb", "server", "port");
  }
}
