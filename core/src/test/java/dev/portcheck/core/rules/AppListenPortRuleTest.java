package dev.portcheck.core.rules;

import static dev.portcheck.core.findings.FindingAssertions.assertOnlyFindingIn;
import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

public class AppListenPortRuleTest {
  public static WiringFixture project() {
    return WiringFixture.with(
            "docker-compose.yml",
            lines(
                "services:",
                "  app:",
                "    build: .",
                "    ports: [\"80:8080\"]",
                "  gateway:",
                "    build: gateway",
                "  config:",
                "    build: {context: config}",
                "    ports: [\"8888:8888\"]"))
        .and("Dockerfile", lines("FROM java", "EXPOSE 8080"))
        .and("config/Dockerfile", lines("FROM java", "EXPOSE 8888"))
        .and("gateway/Dockerfile", lines("FROM java", "EXPOSE 4000"));
  }

  private static List<Finding> check(WiringFixture f) {
    return new AppListenPortRule().check(f.model());
  }

  @Test
  void theModulesOwnApplicationOnAnotherPortIsAWarning() {
    assertThat(
            check(project().and("src/main/resources/application.yml", "server:\n  port: 8081\n")))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).contains("docker-compose.yml:4").contains("Dockerfile:2"));
    assertThat(
            check(
                project()
                    .and(
                        "src/main/resources/application.properties", "server.port=${PORT:8080}\n")))
        .isEmpty();
    assertThat(check(project().and("src/main/resources/application-dev.yml", "server.port: 1\n")))
        .isEmpty();
  }

  @Test
  void aConfigServersFileForAServiceIsThatServicesApplication() {
    WiringFixture f =
        project()
            .and(
                "src/main/resources/application.yml",
                lines(
                    "spring.cloud.config.server.native.search-locations: classpath:/shared",
                    "server.port: 8080"));
    assertOnlyFindingIn(
        "src/main/resources/shared/gateway.yml",
        check(f.and("src/main/resources/shared/gateway.yml", "server:\n  port: 4001\n")),
        "gateway/Dockerfile:2");
    assertThat(check(project().and("src/main/resources/shared/gateway.yml", "server.port: 4001\n")))
        .isEmpty();
  }

  @Test
  void aGitBackedServersRepositoryInTheTreeHoldsItsApplicationsFiles() {
    WiringFixture f =
        project()
            .and(
                "config-server/src/main/resources/application.yml",
                lines(
                    "spring.cloud.config.server.git.uri:"
                        + " https://github.com/acme/petclinic-config.git",
                    "server.port: 8888"));
    assertOnlyFindingIn(
        "petclinic-config/gateway.yml",
        check(f.and("petclinic-config/gateway.yml", "server:\n  port: 4001\n")),
        "gateway/Dockerfile:2");
    assertThat(check(project().and("petclinic-config/gateway.yml", "server.port: 4001\n")))
        .isEmpty();
  }

  private static WiringFixture profiled(String activate) {
    return WiringFixture.with(
            "docker-compose.yml",
            lines(
                "services:",
                "  app:",
                "    build: .",
                "    ports: [\"80:8080\"]",
                "    environment: {SPRING_PROFILES_ACTIVE: '" + activate + "'}"))
        .and("Dockerfile", lines("FROM java", "EXPOSE 8080"))
        .and("src/main/resources/application.yml", "server.port: 8080\n")
        .and("src/main/resources/application-docker.yml", "server.port: 8081\n")
        .and(
            "src/main/resources/bootstrap.yml",
            lines(
                "spring.application.name: app",
                "---",
                "spring.config.activate.on-profile: k8s",
                "server.port: 9000"));
  }

  @Test
  void theProfileTheServiceActivatesDecides() {
    assertOnlyFindingIn(
        "src/main/resources/application-docker.yml", check(profiled("docker")), "profiles docker");
    assertThat(check(profiled("dev"))).isEmpty();
    assertThat(check(profiled("docker,local"))).hasSize(1);
  }

  @Test
  void aProfileDocumentCountsForItsProfileOnly() {
    assertOnlyFindingIn("src/main/resources/bootstrap.yml", check(profiled("k8s")));
  }

  @Test
  void readsSpringPlaceholderDefaults() {
    assertThat(AppListenPortRule.port("${SERVER_PORT:8080}")).isEqualTo(8080);
    assertThat(AppListenPortRule.port("0")).isEqualTo(-1);
    assertThat(AppListenPortRule.port("${PORT}")).isEqualTo(-1);
  }

  private static WiringFixture kubernetes(String image, String... containerExtra) {
    return WiringFixture.with(
            "k8s/app.yaml",
            lines(
                    "apiVersion: apps/v1",
                    "kind: Deployment",
                    "metadata: {name: shop}",
                    "spec:",
                    "  template:",
                    "    spec:",
                    "      containers:",
                    "      - name: app",
                    "        image: " + image)
                + lines(containerExtra))
        .and("src/main/resources/application.yml", "server:\n  port: 8081\n")
        .and("src/main/resources/application-k8s.yml", "server.port: 8080\n")
        .images("registry.example.com/shop/app");
  }

  @Test
  void aKubernetesContainerRunningTheModulesImageDeclaresItsPort() {
    assertThat(
            check(
                kubernetes(
                    "registry.example.com/shop/app:1.2",
                    "        ports:",
                    "        - containerPort: 8080")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("src/main/resources/application.yml");
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.message())
                  .contains("listens on 8081, but container 'app' of Deployment 'shop'")
                  .contains("(k8s/app.yaml:8)")
                  .contains("declares 8080 (k8s/app.yaml:11)");
              assertThat(f.related().file()).isEqualTo("k8s/app.yaml");
            });
    assertThat(
            check(
                kubernetes(
                    "registry.example.com/shop/app@sha256:00",
                    "        ports:",
                    "        - containerPort: 8081")))
        .isEmpty();
  }

  /** The module's image in a container that activates profile k8s and declares {@code port}. */
  private static WiringFixture activatingK8s(String port) {
    return kubernetes(
        "registry.example.com/shop/app",
        "        env:",
        "        - name: SPRING_PROFILES_ACTIVE",
        "          value: k8s",
        "        ports:",
        "        - containerPort: " + port);
  }

  @Test
  void theProfileTheContainerActivatesDecides() {
    assertThat(check(activatingK8s("8080"))).isEmpty();
    assertOnlyFindingIn(
        "src/main/resources/application-k8s.yml", check(activatingK8s("8081")), "(profiles k8s)");
  }

  @Test
  void silentWhereTheContainerDoesNotTell() {
    // another image, another registry, no ports, a port variable, envFrom, unreadable profiles
    assertThat(check(kubernetes("shop/web:1", "        ports:", "        - containerPort: 80")))
        .isEmpty();
    assertThat(check(kubernetes("shop/app:1", "        ports:", "        - containerPort: 80")))
        .isEmpty();
    assertThat(check(kubernetes("registry.example.com/shop/app:1"))).isEmpty();
    assertThat(
            check(
                kubernetes(
                    "registry.example.com/shop/app",
                    "        env:",
                    "        - {name: SERVER_PORT, value: \"9000\"}",
                    "        ports:",
                    "        - containerPort: 9000")))
        .isEmpty();
    assertThat(
            check(
                kubernetes(
                    "registry.example.com/shop/app",
                    "        envFrom:",
                    "        - configMapRef: {name: app}",
                    "        ports:",
                    "        - containerPort: 9000")))
        .isEmpty();
    assertThat(
            check(
                kubernetes(
                    "registry.example.com/shop/app",
                    "        env:",
                    "        - name: SPRING_PROFILES_ACTIVE",
                    "          valueFrom: {configMapKeyRef: {name: app, key: profiles}}",
                    "        ports:",
                    "        - containerPort: 9000")))
        .isEmpty();
    // a module whose image name could not be read runs in no container
    assertThat(
            check(
                kubernetes(
                        "registry.example.com/shop/app",
                        "        ports:",
                        "        - containerPort: 1")
                    .images("${jib.to.image}")))
        .isEmpty();
  }

  private static WiringFixture composeImage(String service) {
    return WiringFixture.with("docker-compose.yml", lines("services:", "  api:") + service)
        .and("src/main/resources/application.yml", "server.port: 8082\n")
        .images("shop/api:1.0");
  }

  @Test
  void aComposeServiceRunningTheModulesImageWithoutBuild() {
    assertThat(
            check(composeImage(lines("    image: docker.io/shop/api", "    ports: [\"80:8080\"]"))))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("compose service 'api' that runs it listens on 8080")
                    .contains("docker-compose.yml:4"));
    assertThat(check(composeImage(lines("    image: shop/api", "    ports: [\"80:8082\"]"))))
        .isEmpty();
    assertThat(check(composeImage(lines("    image: shop/api")))).isEmpty();
    assertThat(
            check(
                composeImage(
                    lines(
                        "    image: shop/api",
                        "    command: [\"--server.port=8080\"]",
                        "    ports: [\"80:8080\"]"))))
        .isEmpty();
    assertThat(
            check(
                composeImage(
                    lines(
                        "    image: shop/api",
                        "    environment: {PORT: \"8080\"}",
                        "    ports: [\"80:8080\"]"))))
        .isEmpty();
    assertThat(check(composeImage(lines("    image: shop/web", "    ports: [\"80:8080\"]"))))
        .isEmpty();
  }

  @Test
  void theModulesOwnDockerfileIsTheImageItsApplicationShipsIn() {
    WiringFixture zuul =
        WiringFixture.with(
                "Dockerfile", lines("FROM java", "COPY target/zuul.jar .", "EXPOSE 8080"))
            .and("src/main/resources/application.yml", "server:\n  port: 8081\n");
    assertOnlyFindingIn("src/main/resources/application.yml", check(zuul), "8081", "Dockerfile:3");
    // The image sets the port or a profile itself: the files do not decide.
    assertThat(
            check(
                WiringFixture.with(
                        "Dockerfile", lines("FROM java", "ENV SERVER_PORT=8080", "EXPOSE 8080"))
                    .and("src/main/resources/application.yml", "server:\n  port: 8081\n")))
        .isEmpty();
    assertThat(
            check(
                WiringFixture.with(
                        "Dockerfile",
                        lines(
                            "FROM java",
                            "EXPOSE 8080",
                            "CMD java -Dspring.profiles.active=docker -jar app.jar"))
                    .and("src/main/resources/application.yml", "server:\n  port: 8081\n")))
        .isEmpty();
  }

  @Test
  void aNativeConfigServerWithoutSearchLocationsServesItsConfigFolder() {
    WiringFixture f =
        project()
            .and(
                "src/main/resources/application.yml",
                lines("spring.profiles.active: native", "server.port: 8080"));
    assertOnlyFindingIn(
        "src/main/resources/config/gateway.yml",
        check(f.and("src/main/resources/config/gateway.yml", "server:\n  port: 4001\n")));
    // A git-backed server serves no file of its own.
    assertThat(
            check(
                project()
                    .and("src/main/resources/application.yml", "server.port: 8080\n")
                    .and("src/main/resources/config/gateway.yml", "server:\n  port: 4001\n")))
        .isEmpty();
  }

  /** A service that builds checkout/ (Dockerfile {@code docker}) and publishes 8090:8090. */
  private static List<Finding> checkBuilt(String... docker) {
    return check(
        WiringFixture.with(
                "docker-compose.yml",
                lines(
                    "services:",
                    "  checkout:",
                    "    build: ./checkout",
                    "    ports: [\"8090:8090\"]"))
            .and("checkout/Dockerfile", lines(docker))
            .and("checkout/src/main/resources/application.properties", "server.port=8080\n"));
  }

  @Test
  void aBuiltImageWhoseDockerfileLeavesThePortAloneListensWhereTheApplicationSays() {
    assertThat(
            checkBuilt(
                "FROM eclipse-temurin:17", "COPY target/*.jar app.jar", "CMD java -jar app.jar"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("8080").contains("docker-compose.yml:4"));
    // A launch that a variable or flag may change, or no Dockerfile to read: not judged.
    assertThat(checkBuilt("FROM eclipse-temurin:17", "CMD java $JAVA_OPTS -jar app.jar")).isEmpty();
    assertThat(
            checkBuilt("FROM eclipse-temurin:17", "ENV SERVER_PORT=8090", "CMD java -jar app.jar"))
        .isEmpty();
  }

  @Test
  void anApplicationInAFolderThatIsNoModuleIsRunByWhatBuildsItOrRunsItsImage() {
    WiringFixture tree =
        WiringFixture.with(
                "deploy/docker-compose.yml",
                lines(
                    "services:",
                    "  api:",
                    "    build: ../api-server",
                    "  worker:",
                    "    image: apache/worker-server:3.2.0",
                    "    ports: [\"1235:1235\"]",
                    "  other:",
                    "    image: apache/other:1"))
            .and("api-server/Dockerfile", lines("FROM java", "EXPOSE 12345"))
            .and("api-server/src/main/resources/application.yaml", "server:\n  port: 12346\n")
            .and("worker-server/src/main/resources/application.yml", "server.port: 1236\n")
            .and("other/src/main/resources/application.yml", "server.port: 9999\n");
    assertThat(check(tree))
        .extracting(Finding::file, Finding::port)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "api-server/src/main/resources/application.yaml", 12346),
            org.assertj.core.groups.Tuple.tuple(
                "worker-server/src/main/resources/application.yml", 1236));
  }

  @Test
  void aConfigServersApplicationDashProfileFileIsThatApplicationsProfile() {
    WiringFixture tree =
        WiringFixture.with(
                "docker-compose.yml",
                lines(
                    "services:",
                    "  config-service:",
                    "    build: config-service",
                    "  department-service:",
                    "    image: piomin/department-service",
                    "    environment: {SPRING_PROFILES_ACTIVE: docker}",
                    "    ports: [\"8091:8091\"]",
                    "  employee-service:",
                    "    image: piomin/employee-service",
                    "    ports: [\"8090:8090\"]"))
            .and("config-service/Dockerfile", lines("FROM java", "EXPOSE 8088"))
            .and(
                "config-service/src/main/resources/application.yml",
                lines(
                    "server.port: 8088",
                    "spring.profiles.active: native",
                    "spring.cloud.config.server.native.search-locations: classpath:/config"))
            .and(
                "config-service/src/main/resources/config/department-service.yml",
                "server.port: 8080\n")
            .and(
                "config-service/src/main/resources/config/department-service-docker.yml",
                "server.port: 8092\n")
            .and(
                "config-service/src/main/resources/config/employee-service-docker.yml",
                "server.port: 8093\n");
    // department runs the docker profile: its docker file decides, not the default's 8080;
    // employee runs no profile, so its docker file is not read.
    assertThat(check(tree))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file())
                  .isEqualTo(
                      "config-service/src/main/resources/config/department-service-docker.yml");
              assertThat(f.port()).isEqualTo(8092);
            });
  }

  @Test
  void quarkusAndMicronautServerPortsAreJudgedByTheirFrameworksProfiles() {
    assertOnlyFindingIn(
        "src/main/resources/application.properties",
        check(
            project()
                .and(
                    "src/main/resources/application.properties",
                    lines("quarkus.http.port=8080", "%prod.quarkus.http.port=8081"))),
        "docker-compose.yml:4");
    assertThat(
            check(
                project()
                    .and(
                        "src/main/resources/application.properties",
                        lines("quarkus.http.port=8081", "%prod.quarkus.http.port=8080"))))
        .isEmpty();
    assertThat(
            check(
                project()
                    .and(
                        "src/main/resources/application-prod.yml",
                        "micronaut:\n  server:\n    port: 8081\n")))
        .isEmpty();
  }

  private static WiringFixture folderApp(String image, int declared) {
    return folderApp(image, declared, "blog/src/main/resources/application.yml");
  }

  private static WiringFixture folderApp(String image, int declared, String application) {
    return WiringFixture.with(
            "k8s/blog.yml",
            lines(
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: blog}",
                "spec:",
                "  template:",
                "    spec:",
                "      containers:",
                "      - name: blog-app",
                "        image: " + image,
                "        ports:",
                "        - containerPort: " + declared))
        .and(application, "server:\n  port: 8080\n");
  }

  @Test
  void aKubernetesContainerRunningAnImageNamedAfterTheApplicationsFolder() {
    assertThat(check(folderApp("gcr.io/demo/blog:1", 8081)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("blog/src/main/resources/application.yml");
              assertThat(f.message())
                  .contains("listens on 8080, but container 'blog-app' of Deployment 'blog'")
                  .contains("declares 8081 (k8s/blog.yml:11)");
            });
    assertThat(check(folderApp("gcr.io/demo/blog:1", 8080))).isEmpty();
    assertThat(check(folderApp("gcr.io/demo/blog-ui:1", 8081))).isEmpty();
  }

  @Test
  void aMixedCaseFolderShipsAsItsLowercaseImageName() {
    // Docker repository names are lowercase, so JHipster's `connectGateway/` runs as
    // `connectgateway`.
    assertThat(
            check(
                folderApp(
                    "demo/connectgateway:1",
                    8081,
                    "connectGateway/src/main/resources/application.yml")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("declares 8081"));
    WiringFixture compose =
        WiringFixture.with(
                "docker-compose.yml",
                lines(
                    "services:",
                    "  gw:",
                    "    image: connectgateway",
                    "    environment: [SPRING_PROFILES_ACTIVE=prod]",
                    "    ports: [\"80:8080\"]"))
            .and(
                "connectGateway/src/main/resources/config/application-prod.yml",
                "server:\n  port: 10000\n");
    assertThat(check(compose))
        .extracting(Finding::file)
        .contains("connectGateway/src/main/resources/config/application-prod.yml");
  }

  @Test
  void aChartsImageWithATemplatedRegistryAndTagStillNamesTheFolder() {
    assertThat(check(folderApp("\"{{ .Values.hub }}/blog:{{ .Values.tag }}\"", 8081)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("declares 8081"));
    assertThat(check(folderApp("\"{{ .Values.hub }}/blog:{{ .Values.tag }}\"", 8080))).isEmpty();
    assertThat(check(folderApp("\"{{ .Values.image }}\"", 8081)))
        .as("a wholly templated image names nothing")
        .isEmpty();
  }

  @Test
  void springBootReadsTheConfigFolderOfTheClasspathToo() {
    WiringFixture f =
        folderApp("gcr.io/demo/blog:1", 8081, "blog/src/main/resources/config/application.yml");
    assertThat(check(f))
        .singleElement()
        .satisfies(
            x -> assertThat(x.file()).isEqualTo("blog/src/main/resources/config/application.yml"));
  }

  @Test
  void aPlaceholderOfTheApplicationsPortReadsTheContainersVariable() {
    java.util.function.Function<String, WiringFixture> setting =
        port ->
            kubernetes(
                    "registry.example.com/shop/app",
                    "        env:",
                    "        - name: SERVICE_PORT",
                    "          value: \"" + port + "\"",
                    "        ports:",
                    "        - containerPort: 8080")
                .and(
                    "src/main/resources/application.yml", "server:\n  port: ${SERVICE_PORT:8081}\n")
                .and("src/main/resources/application-k8s.yml", "other: 1\n");
    assertThat(check(setting.apply("8080"))).as("the default is not what runs").isEmpty();
    assertThat(check(setting.apply("9000")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("listens on 9000 (SERVICE_PORT of its environment)")
                    .contains("declares 8080"));
  }
}
