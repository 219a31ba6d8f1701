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

  /** The literal pre-checks only ever turn down what the regex would turn down too. */
  @org.junit.jupiter.api.Test
  void literalPreChecksAgreeWithTheRegex() {
    java.util.List<String> globs =
        new java.util.ArrayList<>(dev.portcheck.core.engine.AnalysisRequest.DEFAULT_INCLUDES);
    globs.addAll(dev.portcheck.core.engine.AnalysisRequest.DEFAULT_EXCLUDES);
    globs.addAll(
        java.util.List.of(
            "a/**/b",
            "a**b",
            "*.yml",
            "?x/*",
            "docker-compose.yml",
            "conf/",
            "./x/**",
            "**",
            "*",
            "**/a",
            "**/x.yml",
            "**/b.c/**",
            "**/",
            "**/?x/*"));
    java.util.List<String> paths =
        java.util.List.of(
            "",
            "x",
            "a/b",
            "ab",
            "a/x/y/b",
            "docker-compose.yml",
            "deploy/docker-compose.yaml",
            "src/main/resources/application.yml",
            "src/main/resources/config/application-dev.properties",
            "target/classes/application.yml",
            "web/node_modules/x/values.yaml",
            "node_modules/a.yml",
            "k8s/base/deployment.yaml",
            "charts/app/values.yml",
            ".env",
            "svc/.env",
            "conf/x",
            "ax/y",
            "x/a.env",
            ".github/workflows/ci.yml",
            "a/.hidden/values.yaml",
            "a/.gitlab-ci.yml",
            ".gitlab-ci.yml",
            "a/b.c/.yml",
            "a/x.yml",
            "node_modules",
            "a/node_modules",
            "a/src/test/resources/application.yml",
            "src/test/x.yml",
            "xsrc/test/a.yml");
    for (String glob : globs) {
      GlobPattern g = GlobPattern.compile(glob);
      for (String path : paths) {
        assertThat(g.matches(path)).as(glob + " on " + path).isEqualTo(g.matchesByRegexOnly(path));
      }
    }
  }
}
