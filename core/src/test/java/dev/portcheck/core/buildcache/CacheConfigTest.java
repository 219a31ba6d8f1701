package dev.portcheck.core.buildcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheConfigTest {
  @TempDir Path dir;

  private CacheConfig read(String xml) throws IOException {
    Path file = dir.resolve("maven-build-cache-config.xml");
    Files.writeString(file, xml);
    return CacheConfig.read(file);
  }

  @Test
  void noFileIsTheDefault() throws IOException {
    assertThat(CacheConfig.read(dir.resolve("absent.xml"))).isEqualTo(CacheConfig.DEFAULT);
  }

  @Test
  void readsIncludesGlobAndEnabled() throws IOException {
    CacheConfig c =
        read(
            """
            <cache xmlns="http://maven.apache.org/BUILD-CACHE-CONFIG/1.0.0">
              <configuration><enabled> false </enabled></configuration>
              <input><global>
                <glob>{*.java,*.xml}</glob>
                <includes>
                  <include>k8s</include>
                  <include recursive="false" glob="*.yml">deploy</include>
                  <include includeHidden="true">.env</include>
                </includes>
              </global></input>
            </cache>
            """);
    assertThat(c.enabled()).isFalse();
    assertThat(c.glob()).isEqualTo("{*.java,*.xml}");
    assertThat(c.includes())
        .containsExactly(
            new CacheInclude("k8s", null, true, false),
            new CacheInclude("deploy", "*.yml", false, false),
            new CacheInclude(".env", null, true, true));
    assertThat(c.verifyRunsAlways()).isFalse();
  }

  @Test
  void runAlwaysByGoalsList() throws IOException {
    CacheConfig c =
        read(
            """
            <cache><executionControl><runAlways><goalsLists>
              <goalsList artifactId="portcheck-maven-plugin"><goals><goal>verify</goal></goals></goalsList>
            </goalsLists></runAlways></executionControl></cache>
            """);
    assertThat(c.verifyRunsAlways()).isTrue();
    assertThat(c.enabled()).isTrue();
    assertThat(c.glob()).isEqualTo("*");
  }

  @Test
  void runAlwaysByPluginOrExecution() throws IOException {
    assertThat(
            read("<cache><executionControl><runAlways><plugins>"
                    + "<plugin artifactId=\"portcheck-maven-plugin\"/>"
                    + "</plugins></runAlways></executionControl></cache>")
                .verifyRunsAlways())
        .isTrue();
    assertThat(
            read("<cache><executionControl><runAlways><executions>"
                    + "<execution artifactId=\"portcheck-maven-plugin\"><execIds><execId>a</execId>"
                    + "</execIds></execution></executions></runAlways></executionControl></cache>")
                .verifyRunsAlways())
        .isTrue();
  }

  @Test
  void anotherGoalOrPluginIsNotPortcheck() throws IOException {
    assertThat(
            read("<cache><executionControl><runAlways><goalsLists>"
                    + "<goalsList artifactId=\"portcheck-maven-plugin\"><goals><goal>report</goal>"
                    + "</goals></goalsList><goalsList artifactId=\"other\"><goals><goal>verify</goal>"
                    + "</goals></goalsList></goalsLists></runAlways></executionControl></cache>")
                .verifyRunsAlways())
        .isFalse();
  }
}
