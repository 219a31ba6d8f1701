package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchTest {
  private static Setting env(String name, String value) {
    return new Setting(name, value, new Loc("k8s/app.yaml", 1, 1));
  }

  @Test
  void readsTheActiveProfilesInOrder() {
    Launch l = Launch.of(List.of(env("SPRING_PROFILES_ACTIVE", "k8s, cloud")), Optional::of);
    assertThat(l.profiles()).contains(List.of("k8s", "cloud"));
    assertThat(l.filesDecide()).isTrue();
    assertThat(l.profileNote()).isEqualTo(" (profiles k8s,cloud)");
    assertThat(Launch.of(List.of(), Optional::of).profiles()).contains(List.of());
  }

  @Test
  void aPortVariableOrUnreadableProfilesLeaveItToOthers() {
    assertThat(Launch.of(List.of(env("SERVER_PORT", "9000")), Optional::of).filesDecide())
        .isFalse();
    assertThat(Launch.of(List.of(env("port", "9000")), Optional::of).portOverridden()).isTrue();
    assertThat(Launch.of(List.of(env("SPRING_APPLICATION_JSON", "{}")), Optional::of).filesDecide())
        .isFalse();
    assertThat(
            Launch.of(
                    List.of(env("SPRING_PROFILES_ACTIVE", Workload.Container.FROM_ELSEWHERE)),
                    Optional::of)
                .profiles())
        .isEmpty();
    Map<String, String> none = Map.of();
    assertThat(
            Launch.of(
                    List.of(env("SPRING_PROFILES_ACTIVE", "${P}")),
                    v -> Optional.ofNullable(none.get(v)))
                .filesDecide())
        .isFalse();
  }

  @Test
  void quarkusAndMicronautNameTheirProfilesAndPortsInVariablesOfTheirOwn() {
    assertThat(Launch.of(List.of(env("QUARKUS_PROFILE", "staging")), Optional::of).profiles())
        .contains(List.of("staging"));
    assertThat(
            Launch.of(List.of(env("MICRONAUT_ENVIRONMENTS", "prod,cloud")), Optional::of)
                .profiles())
        .contains(List.of("prod", "cloud"));
    assertThat(Launch.of(List.of(env("QUARKUS_HTTP_PORT", "9000")), Optional::of).filesDecide())
        .isFalse();
    assertThat(Launch.of(List.of(env("MICRONAUT_SERVER_PORT", "9000")), Optional::of).filesDecide())
        .isFalse();
    assertThat(Launch.of(List.of(env("QUARKUS_PROFILE", "${P}")), v -> Optional.empty()).profiles())
        .isEmpty();
  }

  @Test
  void aPlaceholderWhoseVariableTheEnvironmentSetsTakesItsValue() {
    Launch l = Launch.of(List.of(env("SERVICE_PORT", "80")), Optional::of);
    assertThat(l.filesDecide()).as("no port variable a framework reads itself").isTrue();
    assertThat(l.port("${SERVICE_PORT:8081}")).isEqualTo(80);
    assertThat(l.portNote("${SERVICE_PORT:8081}")).isEqualTo(" (SERVICE_PORT of its environment)");
    assertThat(l.port("${OTHER_PORT:8081}")).as("unset: the default").isEqualTo(8081);
    assertThat(l.portNote("${OTHER_PORT:8081}")).isEmpty();
    assertThat(l.port("8082")).isEqualTo(8082);
    assertThat(
            Launch.of(List.of(env("SERVICE_PORT", Workload.Container.FROM_ELSEWHERE)), Optional::of)
                .port("${SERVICE_PORT:8081}"))
        .as("set from elsewhere: unknown")
        .isEqualTo(-1);
  }
}
