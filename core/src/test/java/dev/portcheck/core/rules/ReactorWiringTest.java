package dev.portcheck.core.rules;

import static dev.portcheck.core.findings.FindingAssertions.assertOnlyFindingIn;
import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.ModuleImages;
import dev.portcheck.core.wiring.WiringFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactorWiringTest {
  private static final Path ROOT = Path.of("/r");

  private static final String DEPLOYMENT =
      lines(
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata: {name: shop}",
          "spec:",
          "  template:",
          "    spec:",
          "      containers:",
          "      - name: app",
          "        image: shop/app:2",
          "        ports:",
          "        - containerPort: 8080");

  private static ReactorWiring.Module module(
      String name, String dir, String images, WiringFixture files, String composeTop) {
    ModuleImages ours = ModuleImages.of(images.isEmpty() ? List.of() : List.of(images));
    return new ReactorWiring.Module(
        name,
        ROOT.resolve(dir),
        ours,
        ReactorWiring.facts(
            files.images(images.isEmpty() ? "${none}" : images).model(), composeTop));
  }

  private static ReactorWiring.Module app(String port) {
    return module(
        "app",
        "app",
        "shop/app",
        WiringFixture.with("src/main/resources/application.yml", "server.port: " + port + "\n"),
        "..");
  }

  private static ReactorWiring.Module root(WiringFixture files) {
    return module("root", ".", "", files, "");
  }

  @Test
  void anotherModulesContainerRunningTheImageIsComparedFromTheReportersFolder() {
    ReactorWiring.Module app = app("8081");
    ReactorWiring.Module root = root(WiringFixture.with("k8s/deploy.yaml", DEPLOYMENT));
    List<Finding> fromApp = ReactorWiring.check(app, List.of(root, app));
    assertThat(fromApp)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("src/main/resources/application.yml");
              assertThat(f.message())
                  .contains("container 'app' of Deployment 'shop' in module root")
                  .contains("(../k8s/deploy.yaml:8)")
                  .contains("declares 8080 (../k8s/deploy.yaml:11)");
              assertThat(f.related().file()).isEqualTo("../k8s/deploy.yaml");
            });
    assertOnlyFindingIn(
        "app/src/main/resources/application.yml",
        ReactorWiring.check(root, List.of(root, app)),
        "(k8s/deploy.yaml:8)");
  }

  @Test
  void silentWhenTheyAgreeOrTheImageIsAnothers() {
    ReactorWiring.Module root = root(WiringFixture.with("k8s/deploy.yaml", DEPLOYMENT));
    assertThat(ReactorWiring.check(root, List.of(root, app("8080")))).isEmpty();
    ReactorWiring.Module web =
        module(
            "web",
            "web",
            "shop/web",
            WiringFixture.with("src/main/resources/application.yml", "server.port: 9000\n"),
            "..");
    assertThat(ReactorWiring.check(root, List.of(root, web))).isEmpty();
  }

  @Test
  void whatAModuleJudgesItselfIsNotRepeated() {
    // its own manifest
    ReactorWiring.Module self =
        module(
            "app",
            "app",
            "shop/app",
            WiringFixture.with("src/main/resources/application.yml", "server.port: 8081\n")
                .and("k8s/deploy.yaml", DEPLOYMENT),
            "..");
    assertThat(ReactorWiring.check(self, List.of(self))).isEmpty();
    // a compose file in the folder above, which the module reads itself
    ReactorWiring.Module compose =
        root(
            WiringFixture.with(
                "docker-compose.yml",
                lines("services:", "  app:", "    image: shop/app", "    ports: [\"80:8080\"]")));
    assertThat(ReactorWiring.check(compose, List.of(compose, app("8081")))).isEmpty();
    // the same compose file in a sibling module is another module's to tell
    ReactorWiring.Module deploy =
        module(
            "deploy",
            "deploy",
            "",
            WiringFixture.with(
                "compose.yaml",
                lines("services:", "  app:", "    image: shop/app", "    ports: [\"80:8080\"]")),
            "..");
    assertOnlyFindingIn(
        "../app/src/main/resources/application.yml",
        ReactorWiring.check(deploy, List.of(app("8081"), deploy)),
        "compose service 'app' in module deploy");
  }

  @Test
  void eachFindingOnceAndNoneWithoutModules() {
    ReactorWiring.Module root = root(WiringFixture.with("k8s/deploy.yaml", DEPLOYMENT));
    ReactorWiring.Module app = app("8081");
    assertThat(ReactorWiring.check(app, List.of(root, app, root))).hasSize(1);
    assertThat(ReactorWiring.check(app, List.of(app))).isEmpty();
    assertThat(ReactorWiring.Facts.NONE.isEmpty()).isTrue();
  }

  @Test
  void aComposeFileAboveTheModuleIsHandedOverByItsOwnModule() {
    ReactorWiring.Facts facts =
        ReactorWiring.facts(
            WiringFixture.with(
                    "../docker-compose.yml",
                    lines("services:", "  web:", "    image: shop/web", "    ports: [\"80:8080\"]"))
                .and(
                    "compose.yml",
                    lines("services:", "  web:", "    image: shop/web", "    ports: [\"80:8080\"]"))
                .model(),
            "..");
    assertThat(facts.containers())
        .singleElement()
        .satisfies(c -> assertThat(c.composeFolder()).isEmpty());
  }

  @Test
  void anImageTwoModulesClaimRunsNeitherForSure() {
    ReactorWiring.Module root = root(WiringFixture.with("k8s/deploy.yaml", DEPLOYMENT));
    ReactorWiring.Module twin =
        module(
            "twin",
            "twin",
            "shop/app",
            WiringFixture.with("src/main/resources/application.yml", "server.port: 7000\n"),
            "..");
    assertThat(ReactorWiring.check(root, List.of(root, app("8081"), twin))).isEmpty();
  }
}
