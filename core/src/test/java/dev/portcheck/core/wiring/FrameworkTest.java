package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  @Test
  void aKeysVariableIsItsRelaxedBindingName() {
    assertThat(Framework.variableOf("spring.datasource.url")).isEqualTo("SPRING_DATASOURCE_URL");
    assertThat(Framework.variableOf(" management.server-port ")).isEqualTo("MANAGEMENT_SERVERPORT");
    assertThat(Framework.variablesOf("quarkus.rest-client.orders.url"))
        .containsExactly("QUARKUS_RESTCLIENT_ORDERS_URL", "QUARKUS_REST_CLIENT_ORDERS_URL");
    assertThat(Framework.variablesOf("spring.datasource.url"))
        .containsExactly("SPRING_DATASOURCE_URL");
  }

  @Test
  void eachFrameworkHasItsServerPortProfilesAndPortVariable() {
    assertThat(Framework.ofServerPort("quarkus.http.port")).contains(Framework.QUARKUS);
    assertThat(Framework.ofServerPort("micronaut.server.port")).contains(Framework.MICRONAUT);
    assertThat(Framework.ofServerPort("server.port")).contains(Framework.SPRING);
    assertThat(Framework.isServerPort("management.server.port")).isFalse();
    assertThat(Framework.QUARKUS.defaultProfiles()).isEqualTo(List.of("prod"));
    assertThat(Framework.SPRING.defaultProfiles()).isEmpty();
    assertThat(Framework.PROFILE_VARIABLES)
        .containsExactlyInAnyOrder(
            "SPRING_PROFILES_ACTIVE", "QUARKUS_PROFILE", "MICRONAUT_ENVIRONMENTS");
    assertThat(Framework.PORT_VARIABLES)
        .containsExactlyInAnyOrder("SERVER_PORT", "QUARKUS_HTTP_PORT", "MICRONAUT_SERVER_PORT");
  }
}
