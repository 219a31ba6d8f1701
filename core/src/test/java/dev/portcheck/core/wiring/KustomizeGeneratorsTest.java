package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KustomizeGeneratorsTest {
  @Test
  void generatedLiteralsAreConfigMapDataLocatedAtTheirValues() {
    FileWiring f =
        WiringFixture.facts(
            "k/kustomization.yaml",
            lines(
                "resources: [svc.yaml]",
                "configMapGenerator:",
                "  - name: app-config",
                "    literals:",
                "      - CATALOG_URL=http://catalog:8081/api",
                "      - DB_HOST=db",
                "      - DB_PORT=5432",
                "secretGenerator:",
                "  - name: creds",
                "    literals: [PASSWORD=x]"));
    assertThat(f.configMaps())
        .extracting(ConfigMapValues::name)
        .containsExactly("app-config", "creds");
    ConfigMapValues config = f.configMaps().get(0);
    assertThat(config.data())
        .extracting(Setting::name)
        .contains("CATALOG_URL", "DB_HOST + DB_PORT");
    assertThat(config.data().get(0))
        .isEqualTo(
            new Setting(
                "CATALOG_URL", "http://catalog:8081/api", new Loc("k/kustomization.yaml", 5, 21)));
  }

  @Test
  void generatedFilesAndEnvsAreNamedRelativeToTheModuleAndPlaceholdersAreLeftOut() {
    FileWiring f =
        WiringFixture.facts(
            "k/kustomization.yaml",
            lines(
                "configMapGenerator:",
                "  - name: app",
                "    files:",
                "      - application.yml=config/application.yml",
                "      - ${CONFIG_FILE}",
                "    envs: [../env/app.env]"));
    assertThat(f.configMaps()).hasSize(1);
    assertThat(f.configMaps().get(0).name()).isEqualTo("app");
    assertThat(f.configMaps().get(0).files())
        .containsExactly("k/config/application.yml", "env/app.env");
  }
}
