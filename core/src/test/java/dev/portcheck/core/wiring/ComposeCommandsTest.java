package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposeCommandsTest {
  private static boolean keeps(String image, String command) {
    String compose = "services:\n  s:\n    image: " + image + "\n    command: " + command + "\n";
    return WiringFixture.facts("compose.yaml", compose).compose().get(0).keepsServer();
  }

  @Test
  void flagsTheImagesServerOrItsOwnProgramKeepWhatTheImageRuns() {
    assertThat(keeps("mysql:8", "--default-authentication-plugin=mysql_native_password")).isTrue();
    assertThat(keeps("mysql:8", "mysqld --lower_case_table_names=1")).isTrue();
    assertThat(keeps("postgrest/postgrest:v12", "[postgrest]")).isTrue();
    assertThat(keeps("redis:7", "python app.py")).isFalse();
  }

  @Test
  void keycloaksServerCommandsKeepItAndAPortFlagNoneReadsMovesIt() {
    assertThat(keeps("quay.io/keycloak/keycloak:26.0", "start-dev")).isTrue();
    assertThat(keeps("quay.io/keycloak/keycloak:26.0", "[start, --optimized]")).isTrue();
    assertThat(keeps("quay.io/keycloak/keycloak:26.0", "export --dir /x")).isFalse();
    assertThat(keeps("jboss/keycloak:16", "[-b, 0.0.0.0]")).isTrue();
    assertThat(keeps("jboss/keycloak:16", "[-b, 0.0.0.0, -Djboss.socket.binding.port-offset=100]"))
        .isFalse();
    assertThat(keeps("redis:7", "--port 6380")).as("a flag ListenFlags reads").isTrue();
    assertThat(keeps("redis:7", "--replica-announce-port 6380")).isFalse();
  }

  @Test
  void aShellScriptThatRunsTheServerKeepsIt() {
    assertThat(keeps("postgrest/postgrest:v12", "[sh, -c, postgrest]")).isTrue();
    assertThat(keeps("memcached:alpine", "[\"sh\", \"-euc\", \"exec memcached -S\"]")).isTrue();
    assertThat(keeps("memcached:alpine", "sh -c 'exec memcached -S'")).isTrue();
    assertThat(keeps("redis:7", "[sh, -c, \"sleep 5; python app.py\"]")).isFalse();
    assertThat(keeps("redis:7", "[sh, -c]")).isFalse();
    assertThat(keeps("redis:7", "[sh, script.sh]")).isFalse();
  }
}
