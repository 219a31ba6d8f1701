package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.entries.YamlEntryReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringExtractorTest {
  private static boolean template(String path, String text) {
    List<LocatedEntry> entries = new YamlEntryReader().read(text).entries();
    return WiringExtractor.isTemplate(path, text, entries, null);
  }

  @Test
  void goTemplatesInsideStringValuesAreAnotherProgramsText() {
    assertThat(
            template(
                "compose.yaml",
                "services:\n  a:\n    logging:\n      options: {tag: \"{{.Name}}\"}\n"))
        .isFalse();
    assertThat(template("compose.yaml", "services:\n  a:\n    image: a\n")).isFalse();
  }

  @Test
  void helmWordsAChartFolderOrTemplateTextOutsideValuesMakeATemplate() {
    assertThat(template("deploy.yaml", "spec:\n  image: \"{{ .Values.image }}\"\n")).isTrue();
    assertThat(template("chart/templates/svc.yaml", "spec:\n  name: \"{{ .name }}\"\n")).isTrue();
    assertThat(template("deploy.yaml", "spec:\n  \"{{ key }}\": 1\n  image: \"{{ image }}\"\n"))
        .isTrue();
  }

  @Test
  void templateTextInACommentMakesNoTemplate() {
    // A values file documents `host: {{ .Release.Name }}` and anchors a port name: plain YAML.
    assertThat(
            template(
                "chart/values.yaml",
                "# host: {{ .Release.Name }}.example.com\nportName: &p web\nport: *p\n"))
        .isFalse();
    assertThat(template("deploy.yaml", "# {{ name }}\nspec:\n  image: \"{{ image }}\"\n"))
        .isFalse();
  }
}
