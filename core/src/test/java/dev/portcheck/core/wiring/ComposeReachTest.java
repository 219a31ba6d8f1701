package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposeReachTest {
  /**
   * catalog runs the application of catalog/, whose server.port is 9001; no Dockerfile, no EXPOSE.
   */
  private static WiringModel model(String catalogExtra) {
    return WiringFixture.with(
            "docker-compose.yml",
            lines(
                "services:",
                "  catalog:",
                "    image: catalog",
                "    ports: [\"9001:9001\"]",
                catalogExtra,
                "  edge:",
                "    image: edge"))
        .and("catalog/src/main/resources/application.yml", lines("server:", "  port: 9001"))
        .model();
  }

  private static EdgeState state(WiringModel model, String setting, String text) {
    ComposeProject project = model.compose().projects().get(0);
    Address a = Address.in(text).get(0);
    return model
        .composeReach()
        .of(new ComposeModel.ServiceRef(project, "catalog"), setting, text, a)
        .state();
  }

  @Test
  void anHttpCallAtAPortTheApplicationDoesNotServeReachesNothing() {
    WiringModel model = model("");
    assertThat(state(model, "CATALOG_URL", "http://catalog:9002/books"))
        .isEqualTo(EdgeState.BROKEN);
    assertThat(state(model, "CATALOG_URL", "http://catalog:9001/books")).isEqualTo(EdgeState.OK);
    assertThat(state(model, "CATALOG_URL", "https://user:secret@catalog:9002"))
        .isEqualTo(EdgeState.BROKEN);
    // A Prometheus scrape target is an HTTP call too.
    assertThat(state(model, "scrape_configs[0].static_configs[0].targets[0]", "catalog:9002"))
        .isEqualTo(EdgeState.BROKEN);
  }

  @Test
  void aCallOfAnotherProtocolStaysUnknown() {
    // The application may serve gRPC or a broker protocol beside HTTP: nothing says where.
    WiringModel model = model("");
    assertThat(state(model, "CATALOG_ADDR", "catalog:9002")).isEqualTo(EdgeState.UNKNOWN);
    assertThat(state(model, "CATALOG_URL", "grpc://catalog:9002")).isEqualTo(EdgeState.UNKNOWN);
  }

  @Test
  void aServiceThatMayMoveTheApplicationsPortStaysUnknown() {
    assertThat(
            state(
                model("    environment: [\"SERVER_PORT=${PORT}\"]"),
                "CATALOG_URL",
                "http://catalog:9002"))
        .isEqualTo(EdgeState.UNKNOWN);
    assertThat(
            state(
                model("    command: [\"java\", \"-jar\", \"app.jar\"]"),
                "U",
                "http://catalog:9002"))
        .isEqualTo(EdgeState.UNKNOWN);
  }

  @Test
  void theActuatorsOwnPortIsServedToo() {
    WiringModel model =
        WiringFixture.with(
                "docker-compose.yml",
                lines(
                    "services:", "  catalog:", "    image: catalog", "  edge:", "    image: edge"))
            .and(
                "catalog/src/main/resources/application.yml",
                lines("server:", "  port: 9001", "management:", "  server:", "    port: 9091"))
            .model();
    assertThat(state(model, "scrape_configs[0].static_configs[0].targets[0]", "catalog:9091"))
        .isEqualTo(EdgeState.OK);
  }
}
