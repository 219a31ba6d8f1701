package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeVolumesTest {
  @ParameterizedTest
  @CsvSource({
    "/etc/nginx/nginx.conf, true",
    "/etc/nginx/conf.d, true",
    "/usr/local/etc/haproxy, true",
    "/usr/share/kibana/config/kibana.yml, true",
    "/app/config, true",
    "/opt/server/server.xml, true",
    "/etc/localtime, false",
    "/etc/nginx/certs, false",
    "/etc/kafka/secrets, false",
    "/var/run/docker.sock, false",
    "/usr/share/nginx/html, false",
    "/var/lib/postgresql/data, false",
    "/docker-entrypoint-initdb.d/init.sql, false"
  })
  void aTargetIsConfigurationByItsFolderOrExtension(String target, boolean config) {
    assertThat(ComposeVolumes.isConfig(target)).isEqualTo(config);
  }

  @org.junit.jupiter.api.Test
  void aColonInsideAVariableBelongsToTheVariable() {
    assertThat(ComposeVolumes.fields("${CONFIG:-./otel.yml}:/etc/otel.yml:ro"))
        .containsExactly("${CONFIG:-./otel.yml}", "/etc/otel.yml", "ro");
    assertThat(ComposeVolumes.fields("./a:/b")).containsExactly("./a", "/b");
    assertThat(ComposeVolumes.fields("/data")).containsExactly("/data");
  }
}
