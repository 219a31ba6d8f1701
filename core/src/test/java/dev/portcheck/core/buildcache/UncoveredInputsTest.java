package dev.portcheck.core.buildcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UncoveredInputsTest {
  private static final Path BASE = Path.of("/work/app").toAbsolutePath();
  private static final List<String> SCANNED =
      List.of(
          "src/main/resources/application.yml",
          "k8s/deployment.yaml",
          "k8s/service.yaml",
          "docker-compose.yml",
          ".env");

  private static CacheInputs defaults(CacheExtension extension) {
    return new CacheInputs(
        BASE,
        List.of(BASE.resolve("src/main/resources")),
        List.of(),
        CacheConfig.DEFAULT,
        extension);
  }

  @Test
  void namesTheFilesOutsideTheInputsSorted() {
    UncoveredInputs u =
        UncoveredInputs.of("app", SCANNED, defaults(new CacheExtension("1.2.3"))).orElseThrow();
    assertThat(u.files())
        .containsExactly(".env", "docker-compose.yml", "k8s/deployment.yaml", "k8s/service.yaml");
  }

  @Test
  void nothingWhenAllAreInputs() {
    assertThat(
            UncoveredInputs.of(
                "app",
                List.of("src/main/resources/application.yml"),
                defaults(new CacheExtension("1.2.3"))))
        .isEmpty();
  }

  @Test
  void theMessageBeforeOneThree() {
    BuildCacheSetup setup = new BuildCacheSetup(new CacheExtension("1.2.3"), CacheConfig.DEFAULT);
    String m =
        UncoveredInputs.of("app", SCANNED, defaults(setup.extension()))
            .orElseThrow()
            .message(setup);
    assertThat(m)
        .startsWith(
            "portcheck: the build cache (maven-build-cache-extension 1.2.3) does not hash 4 files"
                + " that portcheck checks in module app: .env, docker-compose.yml,"
                + " k8s/deployment.yaml, k8s/service.yaml. A change to them alone gives a cache hit")
        .contains(
            """
            <input>
              <global>
                <includes>
                  <include>.env</include>
                  <include>docker-compose.yml</include>
                  <include>k8s</include>
                </includes>
              </global>
            </input>
            """)
        .endsWith("see portcheck's README, \"Build caches\".");
  }

  @Test
  void includeHiddenFromOneThreeAndAGlobWhereTheGlobalOneIsNarrow() {
    CacheConfig narrow = new CacheConfig(true, "{*.java}", List.of(), false);
    BuildCacheSetup setup = new BuildCacheSetup(new CacheExtension("1.3.0"), narrow);
    UncoveredInputs u = new UncoveredInputs("app", List.of(".env", "k8s/a.yaml", "k8s/.b/c.yaml"));
    assertThat(u.inputBlock(setup))
        .contains("<include includeHidden=\"true\">.env</include>")
        .contains("<include includeHidden=\"true\">k8s/.b/c.yaml</include>")
        .contains("<include glob=\"*\">k8s</include>");
  }

  @Test
  void aLongListIsCut() {
    List<String> many = IntStream.range(0, 12).mapToObj(i -> "k8s/f" + (10 + i) + ".yaml").toList();
    BuildCacheSetup setup = new BuildCacheSetup(new CacheExtension("1.2.3"), CacheConfig.DEFAULT);
    assertThat(new UncoveredInputs("app", many).message(setup))
        .contains("k8s/f19.yaml and 2 more.")
        .doesNotContain("k8s/f20.yaml");
  }

  @Test
  void theFailureNamesTheParameter() {
    assertThat(new UncoveredInputs("app", List.of(".env")).failure())
        .isEqualTo(
            "portcheck: 1 checked file is not build cache inputs in module app (see the warning"
                + " above); portcheck.failOnUncachedInputs=false makes this a warning");
  }
}
