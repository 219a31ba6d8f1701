package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressKeysTest {
  @Test
  void keysThatListHostsTakeBareHostPortValues() {
    assertThat(AddressKeys.listsHosts("spring.kafka.bootstrap-servers")).isTrue();
    assertThat(AddressKeys.listsHosts("server.1")).isTrue();
    assertThat(AddressKeys.listsHosts("app.greeting")).isFalse();
  }

  @Test
  void listenersBindAnEnsembleMemberIsUnknownAnyOtherAddressIsDialled() {
    assertThat(AddressKeys.roleOf("listeners")).isEqualTo(Role.LISTEN);
    assertThat(AddressKeys.roleOf("server.2")).isEqualTo(Role.UNKNOWN);
    assertThat(AddressKeys.roleOf("spring.datasource.url")).isEqualTo(Role.CONNECT);
  }
}
