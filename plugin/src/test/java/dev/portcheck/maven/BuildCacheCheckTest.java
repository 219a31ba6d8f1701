package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheCheckTest {
  @TempDir Path root;
  private final List<String> warnings = new ArrayList<>();
  private final SystemStreamLog log =
      new SystemStreamLog() {
        @Override
        public void warn(CharSequence content) {
          warnings.add(content.toString());
        }
      };
  private static final List<String> SCANNED =
      List.of("src/main/resources/application.yml", "k8s/deployment.yaml");

  @BeforeEach
  void extension() throws IOException {
    Files.createDirectories(root.resolve(".mvn"));
    Files.writeString(
        root.resolve(".mvn/extensions.xml"),
        "<extensions><extension><groupId>org.apache.maven.extensions</groupId>"
            + "<artifactId>maven-build-cache-extension</artifactId><version>1.2.3</version>"
            + "</extension></extensions>");
  }

  private MavenProject project() {
    Model model = new Model();
    model.setArtifactId("app");
    Build build = new Build();
    build.setSourceDirectory(root.resolve("src/main/java").toString());
    build.setTestSourceDirectory(root.resolve("src/test/java").toString());
    Resource resources = new Resource();
    resources.setDirectory(root.resolve("src/main/resources").toString());
    build.addResource(resources);
    model.setBuild(build);
    MavenProject project = new MavenProject(model);
    project.setFile(root.resolve("pom.xml").toFile());
    return project;
  }

  @Test
  void warnsOnceNamingTheUncoveredFile() throws MojoFailureException {
    BuildCacheCheck.check(root, Map.of(), project(), SCANNED, false, log);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .contains("does not hash 1 file that portcheck checks in module app: k8s/deployment.yaml")
        .contains("<include>k8s</include>");
  }

  @Test
  void failsWhenAsked() {
    assertThatThrownBy(() -> BuildCacheCheck.check(root, Map.of(), project(), SCANNED, true, log))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("portcheck.failOnUncachedInputs");
    assertThat(warnings).hasSize(1);
  }

  @Test
  void aProjectPropertyInputCoversIt() throws MojoFailureException {
    MavenProject project = project();
    project.getProperties().setProperty("maven.build.cache.input.1", "k8s");
    BuildCacheCheck.check(root, Map.of(), project, SCANNED, true, log);
    assertThat(warnings).isEmpty();
  }

  @Test
  void silentWhenVerifyRunsAlwaysOrTheCacheIsOff() throws IOException, MojoFailureException {
    BuildCacheCheck.check(
        root, Map.of("maven.build.cache.enabled", "false"), project(), SCANNED, true, log);
    Files.writeString(
        root.resolve(".mvn/maven-build-cache-config.xml"),
        "<cache><executionControl><runAlways><plugins>"
            + "<plugin artifactId=\"portcheck-maven-plugin\"/></plugins></runAlways>"
            + "</executionControl></cache>");
    BuildCacheCheck.check(root, Map.of(), project(), SCANNED, true, log);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aBrokenConfigurationIsAWarningNotAFailure() throws IOException, MojoFailureException {
    Files.writeString(root.resolve(".mvn/maven-build-cache-config.xml"), "<cache>");
    BuildCacheCheck.check(root, Map.of(), project(), SCANNED, true, log);
    assertThat(warnings).singleElement().asString().startsWith("portcheck: cannot read");
  }
}
