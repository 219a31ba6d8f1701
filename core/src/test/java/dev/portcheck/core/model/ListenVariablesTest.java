package dev.portcheck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListenVariablesTest {
  @ParameterizedTest
  @CsvSource({
    "PORT, PORT",
    "server_port, PORT",
    "MICRONAUT_SERVER_PORT, PORT",
    "ADMIN_LISTEN_PORT, PORT",
    "HTTP_BIND_PORT, PORT",
    "BIND_PORT, PORT",
    "ROCKET_PORT, PORT",
    "REDIS_PORT, OTHER",
    "METRICS_BIND_ADDRESS, LISTENERS",
    "LISTEN_ADDR, LISTENERS",
    "CONSUL_HTTP_ADDR, OTHER",
    "KAFKA_LISTENERS, LISTENERS",
    "KAFKA_ADVERTISED_LISTENERS, OTHER",
    "DB_PORT, OTHER",
    "FRONTEND_MEMBERSHIP_PORT, OTHER",
    "PORTAL, OTHER"
  })
  void aNameSaysWhetherItsValueIsWhereTheProcessListens(String name, ListenVariables.Kind kind) {
    assertThat(ListenVariables.of(name)).isEqualTo(kind);
  }

  @Test
  void aVariableWrittenAsTheSpringPropertyIsItsListenVariable() {
    assertThat(ListenVariables.of("server.port")).isEqualTo(ListenVariables.Kind.PORT);
    assertThat(ListenVariables.of("quarkus.http.port")).isEqualTo(ListenVariables.Kind.PORT);
    assertThat(ListenVariables.of("spring.datasource.port")).isEqualTo(ListenVariables.Kind.OTHER);
  }

  @Test
  void aspNetCoresUrlsAndKestrelEndpointsListEveryAddressOfTheMainServer() {
    assertThat(ListenVariables.of("Kestrel__Endpoints__Grpc__Url"))
        .isEqualTo(ListenVariables.Kind.LISTENERS);
    assertThat(ListenVariables.main("Kestrel__Endpoints__Http__Url")).isTrue();
    assertThat(ListenVariables.main("ROCKET_PORT")).as("Rust Rocket").isTrue();
    assertThat(ListenVariables.listsAll("Kestrel__Endpoints__Http__Url")).isTrue();
    assertThat(ListenVariables.listsAll("ASPNETCORE_URLS")).isTrue();
    assertThat(ListenVariables.listsAll("ASPNETCORE_HTTP_PORTS")).isFalse();
    assertThat(ListenVariables.listsAll("PORT")).isFalse();
    assertThat(ListenVariables.of("Kestrel__Endpoints__Http__Protocols"))
        .isEqualTo(ListenVariables.Kind.OTHER);
  }
}
