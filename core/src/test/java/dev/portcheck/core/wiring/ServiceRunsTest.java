package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceRunsTest {
  @Test
  void aServiceRunsTheFolderItBuildsAndTheFolderOfItsDockerfileBelowTheContext() {
    ComposeModel compose =
        WiringFixture.with(
                "docker/docker-compose.yml",
                lines(
                    "services:",
                    "  order:",
                    "    build:",
                    "      context: ../",
                    "      dockerfile: ./integrated-order/Dockerfile",
                    "  gateway:",
                    "    build: ../integrated-gateway",
                    "  mysql:",
                    "    image: acme/integrated-mysql:5.7"))
            .model()
            .compose();
    assertThat(compose.running("integrated-order"))
        .extracting(ComposeModel.ServiceRef::service)
        .containsExactly("order");
    assertThat(compose.running("integrated-gateway"))
        .extracting(ComposeModel.ServiceRef::service)
        .containsExactly("gateway");
    assertThat(compose.running("integrated-mysql"))
        .extracting(ComposeModel.ServiceRef::service)
        .containsExactly("mysql");
    assertThat(compose.running("docker")).isEmpty();
    assertThat(compose.running("Integrated-MySQL"))
        .as("an image's repository name is the folder's name in lowercase, as Docker requires")
        .extracting(ComposeModel.ServiceRef::service)
        .containsExactly("mysql");
  }
}
