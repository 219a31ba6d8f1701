package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListenVariableNamesTest {
  @Test
  void aVariableNamesAPortByAWordOfItsName() {
    assertThat(ListenVariableNames.namesAPort("PORT")).isTrue();
    assertThat(ListenVariableNames.namesAPort("QUARKUS_HTTP_PORT")).isTrue();
    assertThat(ListenVariableNames.namesAPort("serverPort")).isTrue();
    assertThat(ListenVariableNames.namesAPort("GRPC_PORTS")).isTrue();
    assertThat(ListenVariableNames.namesAPort("OTEL_EXPORTER_OTLP_ENDPOINT")).isFalse();
    assertThat(ListenVariableNames.namesAPort("CSV_EXPORT_DIR")).isFalse();
    assertThat(ListenVariableNames.namesAPort("SUPPORT_EMAIL")).isFalse();
  }

  @Test
  void aVariableNamesAListenAddressByAWordOfItsName() {
    assertThat(ListenVariableNames.namesAListenAddress("MEILI_HTTP_ADDR")).isTrue();
    assertThat(ListenVariableNames.namesAListenAddress("VAULT_DEV_LISTEN_ADDRESS")).isTrue();
    assertThat(ListenVariableNames.namesAListenAddress("CONSUL_BIND_INTERFACE")).isTrue();
    assertThat(ListenVariableNames.namesAListenAddress("MEILI_MASTER_KEY")).isFalse();
    assertThat(ListenVariableNames.namesAListenAddress("ADDRESSBOOK_URL")).isFalse();
  }
}
