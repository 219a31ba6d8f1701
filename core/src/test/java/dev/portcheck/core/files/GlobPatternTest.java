package dev.portcheck.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobPatternTest {
  @Test
  void doubleStarSlashAlsoMatchesAtTheTop() {
    GlobPattern g = GlobPattern.compile("**/*compose*.yml");
    assertThat(g.matches("docker-compose.yml")).isTrue();
    assertThat(g.matches("deploy/local/docker-compose.yml")).isTrue();
    assertThat(g.matches("deploy/compose.yaml")).isFalse();
  }

  @Test
  void singleStarStaysInOneFolder() {
    GlobPattern g = GlobPattern.compile("src/main/resources/*.properties");
    assertThat(g.matches("src/main/resources/application.properties")).isTrue();
    assertThat(g.matches("src/main/resources/config/application.properties")).isFalse();
  }

  @Test
  void trailingSlashMeansEverythingBelow() {
    GlobPattern g = GlobPattern.compile("target/");
    assertThat(g.matches("target/classes/application.yml")).isTrue();
    assertThat(g.matches("src/target.yml")).isFalse();
  }

  @Test
  void questionMarkAndLiteralDots() {
    GlobPattern g = GlobPattern.compile("app?.yml");
    assertThat(g.matches("app1.yml")).isTrue();
    assertThat(g.matches("app1xyml")).isFalse();
    assertThat(g.matches("app12.yml")).isFalse();
  }
}
