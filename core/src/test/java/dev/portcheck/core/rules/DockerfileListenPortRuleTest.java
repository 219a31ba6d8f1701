package dev.portcheck.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileListenPortRuleTest {
  private static List<Finding> check(String dockerfile) {
    return new DockerfileListenPortRule()
        .check(WiringFixture.with("vote/Dockerfile", dockerfile).model());
  }

  @Test
  void aCommandThatBindsNoExposedPortIsAWarningAtItsFlag() {
    assertThat(
            check(
                "FROM python:3.11\nEXPOSE 80\n"
                    + "CMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:5000\"]\n"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.message()).contains("5000").contains("EXPOSEs 80");
            });
  }

  @Test
  void silentWhenTheyAgreeOrOneSaysNothing() {
    assertThat(check("FROM python\nEXPOSE 80\nCMD gunicorn -b 0.0.0.0:80 app:app\n")).isEmpty();
    assertThat(check("FROM python\nCMD gunicorn -b 0.0.0.0:5000 app:app\n")).isEmpty();
    assertThat(check("FROM python\nEXPOSE 80\nCMD [\"python\", \"app.py\"]\n")).isEmpty();
    // The final stage's command counts, not a build stage's.
    assertThat(
            check(
                "FROM node AS build\nCMD node --port=3000\n"
                    + "FROM nginx\nEXPOSE 8080\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n"))
        .isEmpty();
  }
}
