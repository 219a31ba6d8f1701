package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelmValuesTest {
  private static final Setting PORT =
      new Setting("service.port", "8080", new Loc("values.yaml", 3, 9));
  private static final Setting REPO =
      new Setting("image.repo", "shop", new Loc("values.yaml", 5, 9));
  private static final Setting EMPTY = new Setting("app.host", "", new Loc("values.yaml", 7, 9));
  private final HelmValues values = new HelmValues(List.of(PORT, REPO, EMPTY));

  @Test
  void rendersAPlainValueLocatedWhereTheValuesFileSetsIt() {
    assertThat(values.render("{{ .Values.service.port }}"))
        .contains(new HelmValues.Rendered("8080", Optional.of(PORT)));
    assertThat(values.render("{{- $.Values.service.port -}}").map(HelmValues.Rendered::text))
        .contains("8080");
  }

  @Test
  void followsTheFunctionsThatKeepTheValue() {
    for (String t :
        List.of(
            "{{ .Values.service.port | int }}",
            "{{ quote .Values.service.port }}",
            "{{ .Values.service.port | default 80 }}",
            "{{ default 80 .Values.service.port }}",
            "{{ .Values.service.port | toString | quote }}")) {
      assertThat(values.render(t).map(HelmValues.Rendered::text)).as(t).contains("8080");
    }
  }

  @Test
  void takesTheTemplatesDefaultWhereTheValueIsUnsetOrEmpty() {
    Optional<HelmValues.Rendered> r = values.render("{{ .Values.other.port | default 9090 }}");
    assertThat(r).contains(new HelmValues.Rendered("9090", Optional.empty()));
    assertThat(
            values
                .render("{{ .Values.app.host | default \"api\" }}")
                .map(HelmValues.Rendered::text))
        .contains("api");
  }

  @Test
  void readsTheChartsOwnFieldsAsDefaults() {
    Setting appVersion = new Setting("appVersion", "1.16.0", new Loc("Chart.yaml", 4, 13));
    HelmValues withChart =
        new HelmValues(
            List.of(REPO, new Setting("image.tag", "", new Loc("values.yaml", 6, 8))),
            List.of(appVersion, new Setting("name", "shop", new Loc("Chart.yaml", 2, 7))));
    assertThat(
            withChart
                .render(
                    "{{ .Values.image.repo }}:{{ .Values.image.tag | default .Chart.AppVersion }}")
                .map(HelmValues.Rendered::text))
        .contains("shop:1.16.0");
    assertThat(withChart.render("{{ .Chart.Name }}"))
        .contains(
            new HelmValues.Rendered(
                "shop", Optional.of(new Setting("name", "shop", new Loc("Chart.yaml", 2, 7)))));
    assertThat(values.render("{{ .Chart.AppVersion }}")).as("no Chart.yaml read").isEmpty();
    assertThat(values.render("{{ .Values.image.tag | default .Release.Name }}")).isEmpty();
  }

  @Test
  void rendersMixedTextWithoutClaimingOneSource() {
    assertThat(values.render("{{ .Values.image.repo }}/web:{{ .Values.service.port }}"))
        .contains(new HelmValues.Rendered("shop/web:8080", Optional.empty()));
  }

  @Test
  void leavesWhatItCannotReadUnknown() {
    assertThat(values.render("{{ .Values.missing.port }}")).isEmpty();
    assertThat(values.render("{{ .Values.service }}")).as("a mapping").isEmpty();
    assertThat(values.render("{{ .Values.service.port | add 1 }}")).isEmpty();
    assertThat(values.render("{{ include \"x.port\" . }}")).isEmpty();
    assertThat(values.render("{{ .Release.Name }}-web")).isEmpty();
    assertThat(values.render("{{ .port }}")).isEmpty();
    assertThat(values.render("8080")).isEmpty();
  }

  @Test
  void rendersThePlainActionsOfAValueAndKeepsTheOthersAsWritten() {
    String url = "http://{{ include \"shop.fullname\" . }}-api:{{ .Values.service.port }}";
    assertThat(values.render(url)).as("not all of it plain").isEmpty();
    assertThat(values.renderPlainActions(url))
        .contains(
            new HelmValues.Rendered(
                "http://{{ include \"shop.fullname\" . }}-api:8080", Optional.empty()));
    assertThat(values.renderPlainActions("{{ include \"shop.fullname\" . }}-api"))
        .as("nothing plain to render")
        .isEmpty();
    assertThat(values.renderPlainActions("{{ .Values.service.port }}"))
        .contains(new HelmValues.Rendered("8080", Optional.of(PORT)));
  }
}
