package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTargetPortRuleTest {
  static String deployment(String labels, String ports) {
    return lines(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata: {name: web}",
        "spec:",
        "  template:",
        "    metadata:",
        "      labels: " + labels,
        "    spec:",
        "      containers:",
        "      - name: web",
        "        ports: " + ports);
  }

  static String service(String ports) {
    return lines(
        "apiVersion: v1",
        "kind: Service",
        "metadata: {name: web}",
        "spec:",
        "  selector: {app: web}",
        "  ports: " + ports);
  }

  private static List<Finding> check(String deployment, String service) {
    return new ServiceTargetPortRule()
        .check(WiringFixture.with("k8s/d.yaml", deployment).and("k8s/s.yaml", service).model());
  }

  @Test
  void aNumberNoContainerDeclaresIsAWarningNamingBothEnds() {
    List<Finding> found =
        check(
            deployment("{app: web}", "[{containerPort: 8080}]"),
            service("[{port: 80, targetPort: 8081}]"));
    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.file()).isEqualTo("k8s/s.yaml");
    assertThat(f.message()).contains("8081").contains("k8s/d.yaml:11");
    assertThat(f.related().file()).isEqualTo("k8s/d.yaml");
  }

  @Test
  void anAbsentTargetPortIsThePort() {
    assertThat(check(deployment("{app: web}", "[{containerPort: 8080}]"), service("[{port: 80}]")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("targetPort is not set"));
    assertThat(check(deployment("{app: web}", "[{containerPort: 80}]"), service("[{port: 80}]")))
        .isEmpty();
  }

  @Test
  void anUnresolvableNameIsAnErrorAndNamesMatchWithTheirProtocol() {
    String d = deployment("{app: web}", "[{containerPort: 53, name: dns, protocol: UDP}]");
    assertThat(check(d, service("[{port: 53, targetPort: dns, protocol: UDP}]"))).isEmpty();
    assertThat(check(d, service("[{port: 53, targetPort: dns}]")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("'dns' is declared for udp only");
            });
    assertThat(check(d, service("[{port: 53, targetPort: http, protocol: UDP}]")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("declared for"));
  }

  @Test
  void silentWhenNothingMatchesOrNothingIsDeclaredOrTheTargetIsUnset() {
    assertThat(check(deployment("{app: other}", "[{containerPort: 1}]"), service("[{port: 80}]")))
        .isEmpty();
    assertThat(check(deployment("{app: web}", "[]"), service("[{port: 80}]"))).isEmpty();
    assertThat(
            check(
                deployment("{app: web}", "[{containerPort: 80}]"),
                service("[{port: 80, targetPort: 0}]")))
        .isEmpty();
  }

  @Test
  void anUndeclaredNumberBesideDeclaredOnesIsNoFinding() {
    assertThat(
            check(
                deployment("{app: web}", "[{containerPort: 5672}]"),
                service("[{port: 5672, name: amqp}, {port: 4369, name: epmd}]")))
        .isEmpty();
  }

  @Test
  void anUndeclaredNumberOnAPortNamedAfterAnotherDeclaredOneIsAWarning() {
    String pod =
        deployment(
            "{app: web}",
            "[{name: httpport, containerPort: 8080}, {name: metrics, containerPort: 9090}]");
    // httpport is 8080 in the pod: the Service's httpport aimed at 8081 slipped.
    assertThat(
            check(
                pod,
                service(
                    "[{name: httpport, port: 8080, targetPort: 8081},"
                        + " {name: metrics, port: 9090, targetPort: 9090}]")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("8081"));
    // Named after nothing the pod declares: it may serve 8081 undeclared.
    assertThat(
            check(
                pod,
                service(
                    "[{name: admin, port: 8081, targetPort: 8081},"
                        + " {name: metrics, port: 9090, targetPort: 9090}]")))
        .isEmpty();
  }

  @Test
  void theNearestMatchingWorkloadWins() {
    WiringFixture f =
        WiringFixture.with("web/s.yaml", service("[{port: 80}]"))
            .and("web/d.yaml", deployment("{app: web}", "[{containerPort: 8080}]"))
            .and("web/legacy/d.yaml", deployment("{app: web}", "[{containerPort: 80}]"));
    assertThat(new ServiceTargetPortRule().check(f.model())).hasSize(1);
  }

  @Test
  void aDeclaredTargetWhoseMainListenerTheArgsMovedIsAWarningNamingTheFlag() {
    String moved =
        deployment("{app: web}", "[{name: http, containerPort: 19115}]")
            + lines("        args: [\"--web.listen-address=:19116\"]");
    assertThat(check(moved, service("[{port: 9115, targetPort: http}]")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .contains("moves the main listener to 19116")
                  .contains("--web.listen-address=:19116");
            });
    String kept =
        deployment("{app: web}", "[{name: http, containerPort: 19115}]")
            + lines("        args: [\"--web.listen-address=:19115\"]");
    assertThat(check(kept, service("[{port: 9115, targetPort: http}]"))).isEmpty();
    // A flag of another server (metrics) moves nothing: the declared port may be served by default.
    String metrics =
        deployment("{app: web}", "[{name: webhook, containerPort: 9443}]")
            + lines("        args: [\"--metrics-bind-address=:8443\"]");
    assertThat(check(metrics, service("[{port: 443, targetPort: webhook}]"))).isEmpty();
  }

  @Test
  void theMessageNamesTheWorkloadWhoseContainerMovedTheTarget() {
    // Two Deployments behind one Service: only the second declares the target, and moves it.
    String other =
        deployment("{app: web}", "[{containerPort: 7000}]").replace("{name: web}", "{name: one}");
    String moved =
        (deployment("{app: web}", "[{name: http, containerPort: 3306}]")
                + lines("        args: [\"--port=3307\"]"))
            .replace("{name: web}", "{name: two}");
    assertThat(check(other + "---\n" + moved, service("[{port: 3306, targetPort: 3306}]")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("is declared by Deployment 'two'")
                    .doesNotContain("'one'"));
  }

  @Test
  void aListOfListenAddressesThatNamesNoDeclaredPortMovesThemAll() {
    String twoPorts = "[{name: http, containerPort: 80}, {name: grpc, containerPort: 81}]";
    String urls =
        lines("        env:", "        - name: ASPNETCORE_URLS", "          value: http://+:5000");
    assertThat(
            check(
                deployment("{app: web}", twoPorts) + urls,
                service("[{port: 80, targetPort: 80}, {port: 81, targetPort: 81}]")))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("moves the main listener to 5000"));
    // Listing one declared port, it says nothing of the other: the code may add that endpoint.
    assertThat(
            check(
                deployment("{app: web}", twoPorts) + urls.replace("5000", "80"),
                service("[{port: 80, targetPort: 80}, {port: 81, targetPort: 81}]")))
        .isEmpty();
    // PORT sets one port: with two declared, which one it moved is unknown.
    assertThat(
            check(
                deployment("{app: web}", twoPorts)
                    + urls.replace("ASPNETCORE_URLS", "PORT").replace("http://+:5000", "\"5000\""),
                service("[{port: 80, targetPort: 80}, {port: 81, targetPort: 81}]")))
        .isEmpty();
  }

  @Test
  void aMainListenVariableMovesTheOnePortTheContainerDeclares() {
    String env = lines("        env:", "        - name: PORT", "          value: \"80\"");
    assertThat(
            check(
                deployment("{app: web}", "[{name: http, containerPort: 8080}]") + env,
                service("[{port: 80, targetPort: 8080}]")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("the container's environment moves the main listener to 80")
                    .contains("PORT=80"));
    // With a second declared port, which one the variable moved is unknown.
    assertThat(
            check(
                deployment(
                        "{app: web}", "[{name: http, containerPort: 8080}, {containerPort: 9090}]")
                    + env,
                service("[{port: 80, targetPort: 8080}]")))
        .isEmpty();
  }

  /** Two pods declaring no port, whose own env sets the main listener (Bank of Anthos). */
  static final String ENV_ONLY =
      lines(
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata:",
          "  name: frontend",
          "spec:",
          "  selector:",
          "    matchLabels:",
          "      app: frontend",
          "  template:",
          "    metadata:",
          "      labels:",
          "        app: frontend",
          "    spec:",
          "      containers:",
          "      - name: front",
          "        image: gcr.io/example/frontend:v1",
          "        env:",
          "        - name: PORT",
          "          value: \"8080\"",
          "        readinessProbe:",
          "          httpGet:",
          "            path: /ready",
          "            port: 8080",
          "---",
          "apiVersion: v1",
          "kind: Service",
          "metadata:",
          "  name: frontend",
          "spec:",
          "  selector:",
          "    app: frontend",
          "  ports:",
          "  - name: http",
          "    port: 80",
          "    targetPort: 80",
          "---",
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata:",
          "  name: balancereader",
          "spec:",
          "  selector:",
          "    matchLabels:",
          "      app: balancereader",
          "  template:",
          "    metadata:",
          "      labels:",
          "        app: balancereader",
          "    spec:",
          "      containers:",
          "      - name: balancereader",
          "        image: gcr.io/example/balancereader:v1",
          "        env:",
          "        - name: PORT",
          "          value: \"8081\"",
          "        readinessProbe:",
          "          httpGet:",
          "            path: /ready",
          "            port: 8080",
          "---",
          "apiVersion: v1",
          "kind: Service",
          "metadata:",
          "  name: balancereader",
          "spec:",
          "  selector:",
          "    app: balancereader",
          "  ports:",
          "  - name: http",
          "    port: 8080",
          "    targetPort: 8080");

  @Test
  void podsDeclaringNoPortAreJudgedByTheMainListenerTheirOwnEnvSets() {
    List<Finding> found =
        new ServiceTargetPortRule().check(WiringFixture.with("k8s/app.yaml", ENV_ONLY).model());
    assertThat(found)
        .extracting(Finding::message)
        .satisfiesExactlyInAnyOrder(
            m ->
                assertThat(m)
                    .contains("Service 'frontend' targetPort 80")
                    .contains("declares no port, and its env sets PORT=8080"),
            m -> assertThat(m).contains("'balancereader' targetPort 8080").contains("PORT=8081"));
    assertThat(found).allMatch(f -> f.severity() == dev.portcheck.core.findings.Severity.WARNING);
    String fixed =
        ENV_ONLY.replace("targetPort: 80\n", "targetPort: 8080\n").replace("\"8081\"", "\"8080\"");
    assertThat(new ServiceTargetPortRule().check(WiringFixture.with("k8s/app.yaml", fixed).model()))
        .isEmpty();
  }
}
