package dev.portcheck.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {
  @TempDir Path base;

  private void touch(String rel) throws IOException {
    Path p = base.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x=1\n");
  }

  @Test
  void findsIncludedConfigFilesInPathOrder() throws IOException {
    touch("src/main/resources/application.properties");
    touch("src/main/resources/application-dev.yml");
    touch("docker-compose.yml");
    touch("target/classes/application.properties");
    touch("src/main/resources/notes.txt");
    FileCollector c =
        new FileCollector(
            List.of(
                "src/main/resources/**/*.properties",
                "src/main/resources/**/*.yml",
                "**/*compose*.yml",
                "**/*.txt"),
            List.of("target/**"));
    FileCollector.Collected found = c.collect(base);
    assertThat(found.files())
        .extracting(ConfigFile::relativePath)
        .containsExactly(
            "docker-compose.yml",
            "src/main/resources/application-dev.yml",
            "src/main/resources/application.properties");
    assertThat(found.files())
        .extracting(ConfigFile::format)
        .containsExactly(FileFormat.YAML, FileFormat.YAML, FileFormat.PROPERTIES);
  }

  @Test
  void leavesNestedModulesToTheirOwnBuild() throws IOException {
    touch("docker-compose.yml");
    touch("service-a/pom.xml");
    touch("service-a/docker-compose.yml");
    FileCollector c = new FileCollector(List.of("**/*compose*.yml"), List.of());
    assertThat(c.collect(base).files())
        .extracting(ConfigFile::relativePath)
        .containsExactly("docker-compose.yml");
  }

  @Test
  void excludedFoldersAreNotEntered() throws IOException {
    touch("node_modules/pkg/compose.yml");
    touch("compose.yml");
    FileCollector c = new FileCollector(List.of("**/*.yml"), List.of("**/node_modules/**"));
    assertThat(c.collect(base).files())
        .extracting(ConfigFile::relativePath)
        .containsExactly("compose.yml");
  }

  @Test
  void aMissingBaseDirectoryHasNoFiles() throws IOException {
    FileCollector c = new FileCollector(List.of("**/*.yml"), List.of());
    assertThat(c.collect(base.resolve("absent")).files()).isEmpty();
  }

  @Test
  void byDefaultEveryConfigFileOfTheModuleIsScannedButOutputTestsAndHiddenFolders()
      throws IOException {
    touch("src/main/resources/application.yml");
    touch("kubernetes-manifests/frontend.yaml");
    touch("helm-chart/templates/service.yaml");
    touch("src/main/docker/app.yml");
    touch("web/guestbook/redis.yaml");
    touch("deploy/.env");
    touch("deploy/prod.env");
    touch("config/server.properties");
    touch("src/test/resources/application.yml");
    touch("target/classes/application.yml");
    touch("node_modules/pkg/config.yml");
    touch(".github/workflows/ci.yml");
    touch(".gitlab-ci.yml");
    touch(".portcheck.yml");
    touch("portcheck.properties");
    touch("other-module/pom.xml");
    touch("other-module/application.yml");
    FileCollector c =
        new FileCollector(
            dev.portcheck.core.engine.AnalysisRequest.DEFAULT_INCLUDES,
            dev.portcheck.core.engine.AnalysisRequest.DEFAULT_EXCLUDES);
    assertThat(c.collect(base).files())
        .extracting(ConfigFile::relativePath)
        .containsExactly(
            "config/server.properties",
            "deploy/.env",
            "deploy/prod.env",
            "helm-chart/templates/service.yaml",
            "kubernetes-manifests/frontend.yaml",
            "src/main/docker/app.yml",
            "src/main/resources/application.yml",
            "web/guestbook/redis.yaml");
  }
}
