package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppPortsTest {
  private static Setting port(String file, String value) {
    return new Setting("server.port", value, new Loc(file, 1, 14));
  }

  @Test
  void theLastActiveProfileThatSetsThePortWins() {
    AppPorts p =
        AppPorts.of(
            List.of(port("src/main/resources/application.properties", "8080")),
            List.of(
                new ProfilePort(
                    "k8s", "application", port("src/main/resources/application-k8s.yml", "9090")),
                new ProfilePort(
                    "k8s",
                    "application",
                    new Setting(
                        "spring.datasource.url",
                        "jdbc:postgresql://db:5432/x",
                        new Loc("src/main/resources/application-k8s.yml", 2, 1)))),
            a -> true);
    String app = "src/main/resources/application.yml";
    assertThat(p.applications()).containsExactly(app);
    assertThat(p.effective(app, List.of()).get().value()).isEqualTo("8080");
    assertThat(p.effective(app, List.of("k8s")).get().value()).isEqualTo("9090");
    assertThat(p.effective(app, List.of("k8s", "dev")).get().value()).isEqualTo("9090");
    assertThat(p.effective("other.yml", List.of())).isEmpty();
  }

  @Test
  void defaultFilesThatDisagreeDecideNothing() {
    AppPorts p =
        AppPorts.of(
            List.of(
                port("src/main/resources/application.properties", "8080"),
                port("src/main/resources/application.yml", "8081")),
            List.of(),
            a -> true);
    assertThat(p.effective("src/main/resources/application.yml", List.of())).isEmpty();
    assertThat(AppPorts.of(List.of(), List.of(), a -> true).isEmpty()).isTrue();
  }

  @Test
  void readsLiteralsAndPlaceholderDefaults() {
    assertThat(AppPorts.port("${SERVER_PORT:8080}")).isEqualTo(8080);
    assertThat(AppPorts.port("0")).isEqualTo(-1);
    assertThat(AppPorts.port("70000")).isEqualTo(-1);
    assertThat(AppPorts.port("${PORT}")).isEqualTo(-1);
  }

  @Test
  void aQuarkusApplicationRunsItsProdProfileUnlessOneIsNamed() {
    String file = "src/main/resources/application.properties";
    AppPorts p =
        AppPorts.of(
            List.of(new Setting("quarkus.http.port", "8080", new Loc(file, 1, 1))),
            List.of(
                new ProfilePort(
                    "prod",
                    "application",
                    new Setting("quarkus.http.port", "8081", new Loc(file, 2, 1)))),
            a -> true);
    String app = "src/main/resources/application.yml";
    assertThat(p.effective(app, List.of()).get().value()).isEqualTo("8081");
    assertThat(p.effective(app, List.of("staging")).get().value()).isEqualTo("8080");
    AppPorts spring =
        AppPorts.of(
            List.of(port(file, "8080")),
            List.of(new ProfilePort("prod", "application", port(file, "8081"))),
            a -> true);
    assertThat(spring.effective(app, List.of()).get().value()).isEqualTo("8080");
  }
}
