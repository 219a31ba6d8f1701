package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppSettingsTest {
  private static LocatedEntry entry(String key, String value, int document) {
    return LocatedEntry.simple(key, value, 1, 1, document);
  }

  @Test
  void aProfileFileKeepsItsPortsUnderItsProfileAndBase() {
    AppSettings.Read read =
        AppSettings.read(
            "src/main/resources/bootstrap-docker.yml",
            "bootstrap-docker.yml",
            List.of(entry("server.port", "8081", 0)));
    assertThat(read.defaults()).isEmpty();
    assertThat(read.profilePorts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.profile()).isEqualTo("docker");
              assertThat(p.base()).isEqualTo("bootstrap");
              assertThat(p.setting().value()).isEqualTo("8081");
            });
  }

  @Test
  void aDocumentOnOneProfileIsThatProfilesAndOneOnAnExpressionIsLeftOut() {
    AppSettings.Read read =
        AppSettings.read(
            "application.yml",
            "application.yml",
            List.of(
                entry("server.port", "8080", 0),
                entry("[\"spring.config.activate.on-profile\"]", "dev", 1),
                entry("server.port", "8081", 1),
                entry("spring.profiles", "!dev", 2),
                entry("server.port", "8082", 2)));
    assertThat(read.defaults()).extracting(Setting::value).containsExactly("8080");
    assertThat(read.profilePorts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.profile()).isEqualTo("dev");
              assertThat(p.base()).isEqualTo("application");
            });
  }

  @Test
  void aQuarkusProfileKeyIsThatProfilesSettingAndAnyFrameworksServerPortIsKept() {
    AppSettings.Read read =
        AppSettings.read(
            "src/main/resources/application.properties",
            "application.properties",
            List.of(
                entry("quarkus.http.port", "8080", 0),
                entry("%prod.quarkus.http.port", "8081", 0),
                entry("%dev.quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5432/x", 0),
                entry("micronaut.server.port", "8082", 0)));
    assertThat(read.defaults())
        .extracting(Setting::name)
        .containsExactly("quarkus.http.port", "micronaut.server.port");
    assertThat(read.profilePorts())
        .extracting(p -> p.profile() + " " + p.setting().name() + "=" + p.setting().value())
        .containsExactly(
            "prod quarkus.http.port=8081",
            "dev quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/x");
  }
}
