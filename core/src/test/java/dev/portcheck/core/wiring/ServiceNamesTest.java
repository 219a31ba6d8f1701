package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceNamesTest {
  private static KubeService service(String name, String namespace, boolean headless, Loc at) {
    return new KubeService(name, namespace, Map.of("app", name), true, headless, List.of(), at);
  }

  /** A Service of chart {@code chart} named by template text, in its template {@code file}. */
  private static KubeService chartService(String text, String chart, String file) {
    return service(
        TemplateText.inChart(text, chart), "", false, new Loc(chart + "/templates/" + file, 4, 9));
  }

  private static final KubeService SHOP_DB =
      service("db", "shop", false, new Loc("shop/db.yaml", 1, 1));
  private static final KubeService TEST_DB =
      service("db", "test", false, new Loc("test/db.yaml", 1, 1));
  private static final KubeService PG =
      service("postgres", "shop", true, new Loc("shop/pg.yaml", 1, 1));
  private static final ServiceNames NAMES =
      new ServiceNames(List.of(SHOP_DB, TEST_DB, PG), List.of());

  @Test
  void aBareNameIsLookedUpInTheClientsNamespace() {
    Loc from = new Loc("shop/app.yaml", 9, 1);
    assertThat(NAMES.servicesAt("db", "shop", from)).containsExactly(SHOP_DB);
    assertThat(NAMES.servicesAt("db.test.svc.cluster.local", "shop", from))
        .containsExactly(TEST_DB);
    assertThat(NAMES.servicesAt("cache", "shop", from)).isEmpty();
  }

  @Test
  void aStatefulSetPodIsReachedUnderItsHeadlessService() {
    assertThat(NAMES.servicesAt("postgres-0.postgres", "shop", new Loc("shop/app.yaml", 3, 1)))
        .containsExactly(PG);
  }

  @Test
  void kustomizeNamesAServiceWithItsPrefix() {
    Kustomize.Naming prod =
        new Kustomize.Naming(
            "prod-", "", Map.of(), List.of("shop"), new Loc("kustomization.yaml", 2, 1));
    ServiceNames named = new ServiceNames(List.of(SHOP_DB), List.of(prod));
    assertThat(named.servicesNamed("prod-db", "shop", new Loc("shop/app.yaml", 1, 1)))
        .containsExactly(SHOP_DB);
  }

  @Test
  void aHostOfTemplateTextNamesTheServiceOfTheSameTextInTheSameChart() {
    KubeService api =
        chartService("{{ include \"shop.fullname\" . }}-api", "charts/shop", "api.yaml");
    ServiceNames names = new ServiceNames(List.of(api), List.of());
    Loc client = new Loc("charts/shop/templates/web.yaml", 20, 9);
    assertThat(names.servicesAt("{{- include \"shop.fullname\" . -}}-api", "", client))
        .as("trim markers render alike")
        .containsExactly(api);
    assertThat(
            names.servicesAt(
                "{{ include \"shop.fullname\" . }}-api.{{ .Release.Namespace }}.svc.cluster.local",
                "",
                client))
        .as("under the release's namespace")
        .containsExactly(api);
    assertThat(names.servicesAt("{{ include \"shop.fullname\" . }}-api.other", "", client))
        .as("a namespace the text does not say")
        .isEmpty();
    assertThat(
            names.servicesAt(
                "{{ include \"shop.fullname\" . }}-api",
                "",
                new Loc("charts/web/templates/web.yaml", 20, 9)))
        .as("the same text in another chart is another name")
        .isEmpty();
    assertThat(
            names.servicesAt(
                "{{ include \"shop.fullname\" . }}-api", "", new Loc("k8s/web.yaml", 20, 9)))
        .as("no chart's client")
        .isEmpty();
  }

  @Test
  void aChartsClientOfANameItsOwnTemplateTextMayRenderIgnoresThatNameElsewhere() {
    KubeService chartHat =
        chartService("{{ include \"podtato-head.fullname\" . }}-hat", "chart", "hat.yaml");
    // Named by the helper alone: it may render to any name, "db" too.
    KubeService chartMain =
        chartService("{{ include \"podtato-head.fullname\" . }}", "chart", "main.yaml");
    KubeService variantHat =
        service("podtato-head-hat", "", false, new Loc("kustomize/hat.yaml", 20, 9));
    KubeService chartDb = service("db", "", false, new Loc("chart/templates/db.yaml", 2, 9));
    KubeService otherDb = service("db", "", false, new Loc("k8s/db.yaml", 2, 9));
    ServiceNames names =
        new ServiceNames(List.of(chartHat, chartMain, variantHat, chartDb, otherDb), List.of());
    Loc chartClient = new Loc("chart/templates/configmap.yaml", 6, 3);
    assertThat(names.servicesAt("podtato-head-hat", "", chartClient))
        .as("the release decides whether the chart's own Service is the one")
        .isEmpty();
    assertThat(names.servicesAt("podtato-head-hat", "", new Loc("kustomize/app.yaml", 6, 3)))
        .containsExactly(variantHat);
    assertThat(names.servicesAt("db", "", chartClient))
        .as("the chart's own Service of that name is the one")
        .containsExactly(chartDb);
    assertThat(names.servicesAt("web", "", chartClient)).isEmpty();
  }
}
