package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvFromConfigMapsTest {
  private static final String CONFIG_MAP =
      lines(
          "apiVersion: v1",
          "kind: ConfigMap",
          "metadata: {name: basket-cm}",
          "data:",
          "  ASPNETCORE_URLS: http://0.0.0.0:80",
          "  CATALOG_URL: http://catalog:8080");

  private static Workload.Container basket(String env) {
    String deployment =
        lines(
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: basket}",
                "spec:",
                "  template:",
                "    spec:",
                "      containers:",
                "      - name: basket-api",
                "        envFrom:",
                "        - configMapRef: {name: basket-cm}")
            + env;
    return WiringFixture.with("cm.yaml", CONFIG_MAP)
        .and("basket.yaml", deployment)
        .model()
        .workloads()
        .get(0)
        .containers()
        .get(0);
  }

  @Test
  void theListenVariablesOfTheNamedConfigMapJoinTheContainersEnvironment() {
    Workload.Container c = basket("");
    assertThat(c.envFrom()).containsExactly("basket-cm");
    assertThat(c.env())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("ASPNETCORE_URLS");
              assertThat(s.loc()).isEqualTo(new Loc("cm.yaml", 5, 20));
            });
    assertThat(c.listenEvidence()).extracting(ListenFlags.Listen::port).containsExactly(80);
  }

  @Test
  void aChartsConfigMapNamedByTheSameTemplateTextIsTheOneEnvFromNames() {
    String configMap =
        lines(
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata:",
            "  name: '{{ include \"vw.fullname\" . }}'",
            "data:",
            "  ROCKET_PORT: \"8081\"");
    String statefulSet =
        lines(
            "apiVersion: apps/v1",
            "kind: StatefulSet",
            "metadata:",
            "  name: vw",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "        - name: vw",
            "          envFrom:",
            "            - configMapRef:",
            "                name: '{{ include \"vw.fullname\" . }}'");
    for (String chart : new String[] {"vw", "other"}) {
      Workload.Container c =
          WiringFixture.with(chart + "/templates/configmap.yaml", configMap)
              .and("vw/templates/statefulset.yaml", statefulSet)
              .model()
              .workloads()
              .get(0)
              .containers()
              .get(0);
      assertThat(c.listenEvidence())
          .as(chart)
          .extracting(ListenFlags.Listen::port)
          .isEqualTo(chart.equals("vw") ? java.util.List.of(8081) : java.util.List.of());
    }
  }

  @Test
  void aVariableFromAConfigMapKeyTakesThatKeysValueWhereTheConfigMapIsRead() {
    String deployment =
        lines(
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: accounts}",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "      - name: accounts",
            "        env:",
            "        - name: SPRING_PROFILES_ACTIVE",
            "          valueFrom:",
            "            configMapKeyRef: {name: shop-config, key: PROFILE}",
            "        - name: PORT",
            "          valueFrom:",
            "            configMapKeyRef: {name: shop-config, key: ACCOUNTS_PORT}",
            "        - name: SERVER_PORT",
            "          valueFrom:",
            "            configMapKeyRef: {name: elsewhere, key: PORT}");
    String configMap =
        lines(
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata: {name: shop-config}",
            "data:",
            "  PROFILE: prod",
            "  ACCOUNTS_PORT: \"8081\"");
    Workload.Container c =
        WiringFixture.with("cm.yaml", configMap)
            .and("accounts.yaml", deployment)
            .model()
            .workloads()
            .get(0)
            .containers()
            .get(0);
    assertThat(c.env())
        .extracting(Setting::name, Setting::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("SPRING_PROFILES_ACTIVE", "prod"),
            org.assertj.core.groups.Tuple.tuple("PORT", "8081"));
    assertThat(c.env().stream().filter(s -> s.name().equals("PORT")).findFirst().get().loc())
        .extracting(Loc::file, Loc::line)
        .containsExactly("cm.yaml", 6);
    assertThat(c.listenEvidence())
        .as("the unread ConfigMap's key stays unknown")
        .extracting(ListenFlags.Listen::port)
        .containsExactly(8081);
  }

  @Test
  void theContainersOwnEnvWins() {
    Workload.Container c =
        basket(
            lines("        env:", "        - {name: ASPNETCORE_URLS, value: \"http://+:8080\"}"));
    assertThat(c.listenEvidence()).extracting(ListenFlags.Listen::port).containsExactly(8080);
  }
}
