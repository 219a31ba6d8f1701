package dev.portcheck.core.buildcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheInputsTest {
  @TempDir Path base;
  private static final CacheExtension OLD = new CacheExtension("1.2.3");
  private static final CacheExtension NEW = new CacheExtension("1.3.0");

  @BeforeEach
  void tree() throws IOException {
    for (String f :
        List.of(
            "src/main/resources/application.yml",
            "src/main/resources/.env",
            "k8s/deployment.yaml",
            "k8s/prod/service.yaml",
            "docker-compose.yml",
            ".env")) {
      Files.createDirectories(base.resolve(f).getParent());
      Files.writeString(base.resolve(f), "x");
    }
  }

  private CacheInputs inputs(CacheConfig config, CacheExtension extension) {
    return new CacheInputs(
        base, List.of(base.resolve("src/main/resources")), List.of(), config, extension);
  }

  private static CacheConfig including(CacheInclude... includes) {
    return new CacheConfig(true, "*", List.of(includes), false);
  }

  @Test
  void byDefaultOnlyTheResourceFolderWithoutHiddenFiles() {
    CacheInputs in = inputs(CacheConfig.DEFAULT, NEW);
    assertThat(in.covers(Path.of("src/main/resources/application.yml"))).isTrue();
    assertThat(in.covers(Path.of("src/main/resources/.env"))).isFalse();
    assertThat(in.covers(Path.of("k8s/deployment.yaml"))).isFalse();
    assertThat(in.covers(Path.of("docker-compose.yml"))).isFalse();
    assertThat(in.covers(Path.of(".env"))).isFalse();
  }

  @Test
  void folderAndFileIncludes() {
    CacheInputs in =
        inputs(
            including(
                new CacheInclude("k8s", null, true, false),
                new CacheInclude("docker-compose.yml", null, true, false),
                new CacheInclude(".env", null, true, false)),
            OLD);
    assertThat(in.covers(Path.of("k8s/deployment.yaml"))).isTrue();
    assertThat(in.covers(Path.of("k8s/prod/service.yaml"))).isTrue();
    assertThat(in.covers(Path.of("docker-compose.yml"))).isTrue();
    // a file named by an include is added even when hidden
    assertThat(in.covers(Path.of(".env"))).isTrue();
  }

  @Test
  void notRecursiveAndGlob() {
    CacheInputs in = inputs(including(new CacheInclude("k8s", "*.yml", false, false)), OLD);
    assertThat(in.covers(Path.of("k8s/deployment.yaml"))).isFalse();
    in = inputs(including(new CacheInclude("k8s", "*.yaml", false, false)), OLD);
    assertThat(in.covers(Path.of("k8s/deployment.yaml"))).isTrue();
    assertThat(in.covers(Path.of("k8s/prod/service.yaml"))).isFalse();
  }

  @Test
  void theGlobalGlobAppliesToFoldersWithoutTheirOwn() {
    CacheInputs in =
        inputs(
            new CacheConfig(
                true, "{*.java,*.xml}", List.of(new CacheInclude("k8s", null, true, false)), false),
            OLD);
    assertThat(in.covers(Path.of("k8s/deployment.yaml"))).isFalse();
    assertThat(in.covers(Path.of("src/main/resources/application.yml"))).isFalse();
  }

  @Test
  void theBaseDirectoryIsWalkedWithoutSubfoldersAndHiddenFilesOnlyWithOneThree() {
    CacheConfig dot = including(new CacheInclude(".", null, true, true));
    assertThat(inputs(dot, NEW).covers(Path.of("docker-compose.yml"))).isTrue();
    assertThat(inputs(dot, NEW).covers(Path.of(".env"))).isTrue();
    assertThat(inputs(dot, NEW).covers(Path.of("k8s/deployment.yaml"))).isFalse();
    assertThat(inputs(dot, OLD).covers(Path.of(".env"))).isFalse();
  }

  @Test
  void projectPropertyInputs() {
    CacheInputs in = new CacheInputs(base, List.of(), List.of("k8s"), CacheConfig.DEFAULT, OLD);
    assertThat(in.covers(base.resolve("k8s/prod/service.yaml"))).isTrue();
    assertThat(in.covers(Path.of("docker-compose.yml"))).isFalse();
  }
}
