package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HostPortPairsTest {
  /** Settings written {@code "NAME=value"}, one a line of a.yaml in the order given. */
  private static List<Setting> settings(String... lines) {
    return IntStream.range(0, lines.length)
        .mapToObj(
            i -> {
              String[] nameValue = lines[i].split("=", 2);
              return new Setting(nameValue[0], nameValue[1], new Loc("a.yaml", i + 1, 20));
            })
        .toList();
  }

  @Test
  void aHostAndAPortOfOneStemMakeAnAddressLocatedAtThePort() {
    List<Setting> pairs =
        HostPortPairs.join(
            settings(
                "ORDER_QUEUE_HOSTNAME=rabbitmq",
                "ORDER_QUEUE_PORT=5671",
                "quarkus.grpc.clients.locations.host=grpc-locations",
                "quarkus.grpc.clients.locations.port=80",
                "host=db",
                "port=5432"));
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
                settings(
                    "DB_HOST=db",
                    "REDIS_PORT=6379",
                    "CACHE_HOST=${CACHE}-${ZONE}",
                    "CACHE_PORT=6379",
                    "MQ_HOST=mq",
                    "MQ_PORT=$(PORT)")))
        .isEmpty();
  }

  @Test
  void wholePlaceholdersPairForInterpolationAndARunTogetherStemSplits() {
    assertThat(
            HostPortPairs.join(
                settings(
                    "REDIS_HOST=${REDIS_HOST:-redis}",
                    "REDIS_PORT=${REDIS_PORT:-6379}",
                    "PAPERLESS_DBHOST=db",
                    "PAPERLESS_DBPORT=3306")))
        .extracting(Setting::name, Setting::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "REDIS_HOST + REDIS_PORT", "${REDIS_HOST:-redis}:${REDIS_PORT:-6379}"),
            org.assertj.core.groups.Tuple.tuple("PAPERLESS_DBHOST + PAPERLESS_DBPORT", "db:3306"));
  }

  @Test
  void wordsSplitAtSeparatorsAndCamelCase() {
    assertThat(HostPortPairs.words("spring.data.mongodb.serverPort"))
        .containsExactly("spring", "data", "mongodb", "server", "port");
  }
}
