package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring rules through the engine: a reactor whose root compose file runs its modules. */
class WiringEngineTest {
  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void reactor(String uri, String published) throws IOException {
    write("pom.xml", "<project/>");
    write(
        "docker-compose.yml",
        String.join(
            "\n",
            "services:",
            "  config:",
            "    build: config",
            "    ports: [\"8888:8888\"]",
            "  account:",
            "    build: account",
            "    ports: [\"" + published + "\"]",
            ""));
    write("config/pom.xml", "<project/>");
    write("config/Dockerfile", "FROM java\nEXPOSE 8888\n");
    write("account/pom.xml", "<project/>");
    write("account/Dockerfile", "FROM java\nEXPOSE 6000\n");
    write(
        "account/src/main/resources/bootstrap.yml",
        "spring:\n  cloud:\n    config:\n      uri: " + uri + "\n");
  }

  private static List<Finding> wiring(Path module) throws IOException {
    return PortcheckEngine.standard().analyze(AnalysisRequest.defaults(module)).findings().stream()
        .filter(f -> f.rule().startsWith("app-") || f.rule().startsWith("compose-"))
        .toList();
  }

  @Test
  void aModuleRunByTheRootComposeFileIsCheckedAgainstItsNeighbours() throws IOException {
    reactor("http://config:8887", "6000:6000");
    assertThat(wiring(root.resolve("account")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("app-client-port");
              assertThat(f.file()).isEqualTo("src/main/resources/bootstrap.yml");
              assertThat(f.message()).contains("../config/Dockerfile:2");
            });
    assertThat(wiring(root)).isEmpty();
  }

  @Test
  void aComposeFileInASiblingFolderThatBuildsTheModuleRunsIt() throws IOException {
    write("pom.xml", "<project/>");
    write("services/pom.xml", "<project/>");
    write("services/zuul/pom.xml", "<project/>");
    write("services/zuul/src/main/resources/application.yml", "server:\n  port: 8081\n");
    write("services/zuul/Dockerfile", "FROM java\nEXPOSE 8080\n");
    write("docker/.env", "ZUUL_PORT=8080\n");
    write(
        "docker/docker-compose.yml",
        "services:\n  zuul:\n    build: ../services/zuul\n    ports: [\"${ZUUL_PORT}:8080\"]\n");
    // build output is no place for a project's compose files
    write("services/zuul/target/docker-compose.yml", "services:\n  zuul:\n    build: ..\n");
    assertThat(wiring(root.resolve("services/zuul")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("app-listen-port");
              assertThat(f.file()).isEqualTo("src/main/resources/application.yml");
              assertThat(f.message())
                  .contains("compose service 'zuul'")
                  .contains("../../docker/docker-compose.yml:4");
            });
  }

  @Test
  void theRootModuleReportsOnItsComposeFileWithTheModulesDockerfiles() throws IOException {
    reactor("http://config:8888", "6000:6040");
    assertThat(wiring(root))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("compose-publish-port");
              assertThat(f.file()).isEqualTo("docker-compose.yml");
              assertThat(f.message()).contains("account/Dockerfile:2");
            });
    assertThat(wiring(root.resolve("account"))).isEmpty(); // the root's to report
  }

  @Test
  void factsThatWouldCrowdTheHeapSkipTheWiringRulesWithAnInfo() throws IOException {
    reactor("http://config:8887", "6000:6040");
    AnalysisResult result =
        new PortcheckEngine(
                dev.portcheck.core.rules.RuleSet.standard(), ResultStorage.AUTO, 8 * 160)
            .analyze(AnalysisRequest.defaults(root));
    assertThat(result.findings())
        .extracting(Finding::rule)
        .contains("wiring-skipped")
        .doesNotContain("compose-publish-port");
  }

  @Test
  void aPortAKustomizationsInlinePatchDeclaresIsInTheInventoryAndTheModelAlike()
      throws IOException {
    write(
        "base/deployment.yaml",
        String.join(
            "\n",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: hotrod}",
            "spec:",
            "  template:",
            "    metadata: {labels: {app: hotrod}}",
            "    spec:",
            "      containers:",
            "      - name: hotrod",
            "        ports: [{containerPort: 8080, name: frontend}]",
            ""));
    write(
        "base/service.yaml",
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Service",
            "metadata: {name: jaeger}",
            "spec:",
            "  selector: {app: hotrod}",
            "  ports: [{port: 16686, targetPort: frontend-jaeger}]",
            ""));
    write(
        "base/kustomization.yaml",
        String.join(
            "\n",
            "resources: [deployment.yaml, service.yaml]",
            "patches:",
            "  - target: {kind: Deployment, name: hotrod}",
            "    patch: |-",
            "      - op: add",
            "        path: /spec/template/spec/containers/-",
            "        value:",
            "          name: jaeger",
            "          ports:",
            "            - containerPort: 16686",
            "              name: frontend-jaeger",
            ""));
    AnalysisResult result = PortcheckEngine.standard().analyze(AnalysisRequest.defaults(root));
    assertThat(result.findings()).noneMatch(f -> f.rule().equals("service-target-port"));
    assertThat(result.candidates())
        .filteredOn(c -> c.file().equals("base/kustomization.yaml"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.portValues()).containsExactly(16686L);
              assertThat(c.line()).isEqualTo(10);
              assertThat(c.column()).isEqualTo(30);
            });
  }
}
