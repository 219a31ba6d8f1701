package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KafkaListenersTest {
  private static Setting env(String name, String value) {
    return new Setting(name, value, new Loc("compose.yaml", 5, 7));
  }

  @Test
  void theListedListenersAreEveryPortTheBrokerBinds() {
    assertThat(
            KafkaListeners.of(
                    List.of(env("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://0.0.0.0:9093")),
                    "apache/kafka:3.7.0",
                    Optional::of)
                .orElseThrow())
        .containsOnlyKeys(9092, 9093);
    assertThat(
            KafkaListeners.of(
                List.of(env("KAFKA_CFG_LISTENERS", "PLAINTEXT://:${PORT}")),
                "bitnami/kafka",
                v -> Optional.empty()))
        .isEmpty();
  }

  @Test
  void onlyConfluentsImagesListenWhereTheyAdvertise() {
    List<Setting> advertised = List.of(env("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092"));
    assertThat(KafkaListeners.of(advertised, "confluentinc/cp-kafka:7.6.0", Optional::of))
        .hasValueSatisfying(m -> assertThat(m).containsOnlyKeys(9092));
    assertThat(KafkaListeners.of(advertised, "bitnami/kafka:3", Optional::of)).isEmpty();
  }

  @Test
  void theAdvertisedPortsAreWhatClientsAreTold() {
    assertThat(
            KafkaListeners.advertised(
                java.util.List.of(
                    env(
                        "KAFKA_ADVERTISED_LISTENERS",
                        "PLAINTEXT://kafka:29092,HOST://localhost:9092"),
                    env("KAFKA_CFG_ADVERTISED_LISTENERS", "EXTERNAL://localhost:9094"),
                    env("KAFKA_LISTENERS", "PLAINTEXT://:29092")),
                java.util.Optional::of))
        .containsExactly(9092, 9094, 29092);
  }

  @Test
  void aClientSettingSaysKafkaBootstrapOrBrokers() {
    assertThat(KafkaListeners.isClientSetting("spring.kafka.bootstrap-servers")).isTrue();
    assertThat(KafkaListeners.isClientSetting("DEFAULT_BROKERS")).isTrue();
    assertThat(KafkaListeners.isClientSetting("METRICS_URL")).isFalse();
  }

  @Test
  void kafkasCommandLineToolsAreClientsOfTheBroker() {
    assertThat(KafkaListeners.isCommandLineClient("kafka-topics.sh --list --bootstrap-server x:1"))
        .isTrue();
    assertThat(KafkaListeners.isCommandLineClient("/opt/bitnami/kafka/bin/kafka-topics.sh --list"))
        .isTrue();
    assertThat(KafkaListeners.isCommandLineClient("kcat -b kafka:9092 -L")).isTrue();
    assertThat(KafkaListeners.isCommandLineClient("curl http://kafka-ui:8080/")).isFalse();
    assertThat(KafkaListeners.isCommandLineClient("nc -z localhost 9092")).isFalse();
  }

  @Test
  void aListenerAdvertisingLoopbackIsKeyedByThePortTheBrokerBindsForIt() {
    Loc at = new Loc("compose.yaml", 5, 9);
    List<Setting> bitnami =
        List.of(
            new Setting(
                "KAFKA_CFG_LISTENERS", "INTERNAL://:9094,EXTERNAL://:9092,CONTROLLER://:9093", at),
            new Setting(
                "KAFKA_CFG_ADVERTISED_LISTENERS",
                "INTERNAL://kafka:9094,EXTERNAL://127.0.0.1:19092",
                at));
    assertThat(KafkaListeners.advertisedToItself(bitnami, "bitnami/kafka:3.7", Optional::of))
        .containsExactly(java.util.Map.entry(9092, "127.0.0.1:19092"));
    List<Setting> derived =
        List.of(
            new Setting(
                "KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:29092,HOST://localhost:9092", at));
    assertThat(
            KafkaListeners.advertisedToItself(derived, "confluentinc/cp-kafka:7.6.0", Optional::of))
        .containsOnlyKeys(9092);
    assertThat(KafkaListeners.advertisedToItself(derived, "apache/kafka:3.7.0", Optional::of))
        .isEmpty();
  }
}
