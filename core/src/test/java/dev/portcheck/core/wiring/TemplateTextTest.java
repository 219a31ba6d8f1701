package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateTextTest {
  @Test
  void trimMarkersAndBlanksRenderAlike() {
    assertThat(TemplateText.token("{{- include \"web.name\"   . -}}"))
        .isEqualTo(TemplateText.token("{{ include \"web.name\" . }}"));
    assertThat(TemplateText.inChart("{{ .Release.Name }}", "")).endsWith("(chart .)");
  }

  @Test
  void aHostNameOfTemplateTextIsActionsAndDnsCharactersOnly() {
    assertThat(TemplateText.isHostText("{{ include \"shop.fullname\" . }}-api")).isTrue();
    assertThat(TemplateText.isHostText(" {{ .Release.Name }}-redis-master ")).isTrue();
    assertThat(TemplateText.isHostText("api")).as("no template text").isFalse();
    assertThat(TemplateText.isHostText("http://{{ .Release.Name }}-api:80"))
        .as("an address, not a host")
        .isFalse();
    assertThat(TemplateText.isHostText("{{ .Release.Name }} api")).isFalse();
    assertThat(TemplateText.isHostText("{{ .Release.Name -api")).as("not closed").isFalse();
  }
}
