package dev.portcheck.core.buildcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheSetupTest {
  @TempDir Path root;

  private void declare(String version) throws IOException {
    Files.createDirectories(root.resolve(".mvn"));
    Files.writeString(
        root.resolve(".mvn/extensions.xml"),
        "<extensions><extension><groupId>org.apache.maven.extensions</groupId>"
            + "<artifactId>maven-build-cache-extension</artifactId><version>"
            + version
            + "</version></extension></extensions>");
  }

  @Test
  void noExtensionNoProperties() throws IOException {
    assertThat(BuildCacheSetup.detect(root, Map.of("user.home", "/x"))).isEmpty();
  }

  @Test
  void declaredInExtensionsXml() throws IOException {
    declare("1.3.0");
    assertThat(BuildCacheSetup.detect(root, Map.of()))
        .contains(new BuildCacheSetup(new CacheExtension("1.3.0"), CacheConfig.DEFAULT));
  }

  @Test
  void toldByAPropertyWithItsConfigPath() throws IOException {
    Files.writeString(
        root.resolve("cache.xml"),
        "<cache><input><global><includes><include>k8s</include></includes></global></input></cache>");
    BuildCacheSetup setup =
        BuildCacheSetup.detect(root, Map.of("maven.build.cache.configPath", "cache.xml"))
            .orElseThrow();
    assertThat(setup.extension().version()).isNull();
    assertThat(setup.config().includes()).extracting(CacheInclude::path).containsExactly("k8s");
  }

  @Test
  void turnedOffByPropertyOrConfig() throws IOException {
    declare("1.2.3");
    assertThat(BuildCacheSetup.detect(root, Map.of("maven.build.cache.enabled", "false")))
        .isEmpty();
    Files.writeString(
        root.resolve(".mvn/maven-build-cache-config.xml"),
        "<cache><configuration><enabled>false</enabled></configuration></cache>");
    assertThat(BuildCacheSetup.detect(root, Map.of())).isEmpty();
    assertThat(BuildCacheSetup.detect(root, Map.of("maven.build.cache.enabled", "true")))
        .isPresent();
  }
}
