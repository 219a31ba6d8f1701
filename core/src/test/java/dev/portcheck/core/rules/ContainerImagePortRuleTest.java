package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerImagePortRuleTest {
  private static final String COMPOSE =
      lines("services:", "  web:", "    build: ./web", "    image: shop/web");

  /** A Deployment of shop/web whose container writes {@code container} lines after its image. */
  private static List<Finding> check(String dockerfile, String image, String... container) {
    String deployment =
        lines(
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: web}",
                "spec:",
                "  template:",
                "    spec:",
                "      containers:",
                "      - name: web",
                "        image: " + image)
            + lines(container);
    return new ContainerImagePortRule()
        .check(
            WiringFixture.with("docker-compose.yml", COMPOSE)
                .and("web/Dockerfile", dockerfile)
                .and("k8s/web.yaml", deployment)
                .model());
  }

  private static final String EXPOSE_80 = "FROM nginx\nEXPOSE 80\n";

  @Test
  void aContainerDeclaringNoneOfTheBuiltImagesPortsIsAWarning() {
    assertThat(
            check(EXPOSE_80, "shop/web:1.2", "        ports: [{name: http, containerPort: 8080}]"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("k8s/web.yaml");
              assertThat(f.line()).isEqualTo(10);
              assertThat(f.message())
                  .contains("declares [8080], but its image shop/web:1.2")
                  .contains("compose service 'web' builds")
                  .contains("listens on [80] by web/Dockerfile");
            });
  }

  @Test
  void silentWhereAPortAgreesOrTheContainerMayMoveIt() {
    assertThat(
            check(
                EXPOSE_80,
                "shop/web:1.2",
                "        ports: [{containerPort: 80}, {containerPort: 9090}]"))
        .isEmpty();
    assertThat(
            check(
                EXPOSE_80,
                "shop/web:1.2",
                "        env: [{name: PORT, value: \"8080\"}]",
                "        ports: [{containerPort: 8080}]"))
        .as("a port variable may move the server")
        .isEmpty();
    assertThat(
            check(
                EXPOSE_80,
                "shop/web:1.2",
                "        args: [\"--port=8080\"]",
                "        ports: [{containerPort: 8080}]"))
        .isEmpty();
    assertThat(check(EXPOSE_80, "other/web:1.2", "        ports: [{containerPort: 8080}]"))
        .as("another image")
        .isEmpty();
    assertThat(
            check(
                "FROM java\nEXPOSE 80\nCMD java $JAVA_OPTS -jar app.jar\n",
                "shop/web:1.2",
                "        env: [{name: JAVA_OPTS, value: \"-Dserver.port=8080\"}]",
                "        ports: [{containerPort: 8080}]"))
        .as("a variable the image's launch reads")
        .isEmpty();
  }
}
