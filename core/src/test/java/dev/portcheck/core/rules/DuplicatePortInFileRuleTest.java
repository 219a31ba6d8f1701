package dev.portcheck.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.PortLiteral.Origin;
import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.candidates.TestCandidates;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatePortInFileRuleTest {
  private final DuplicatePortInFileRule rule = new DuplicatePortInFileRule();

  private static PortCandidate publish(String key, int line, String scope, int port) {
    return TestCandidates.of(
        "docker-compose.yml",
        line,
        9,
        0,
        key,
        port + ":80",
        "",
        scope,
        scope.equals(PortCandidate.APPLICATION_SCOPE) ? Role.LISTEN : Role.MAPPING,
        Protocol.TCP,
        "",
        List.of(PortLiteral.parse("" + port, line, 9, Origin.LITERAL, Side.HOST)),
        "");
  }

  @Test
  void twoPublishesOfOneProjectClashAtTheSecond() {
    assertThat(
            rule.check(
                List.of(
                    publish("services.web.ports[0]", 4, "compose:docker-compose.yml", 8080),
                    publish("services.api.ports[0]", 8, "compose:docker-compose.yml", 8080))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("duplicate-port");
              assertThat(f.line()).isEqualTo(8);
              assertThat(f.message())
                  .contains("already bound by docker-compose.yml:4 services.web.ports[0]");
            });
  }

  @Test
  void theApplicationScopeIsLeftToTheProjectRule() {
    assertThat(
            rule.check(
                List.of(
                    publish("server.port", 1, PortCandidate.APPLICATION_SCOPE, 8080),
                    publish("grpc.server.port", 2, PortCandidate.APPLICATION_SCOPE, 8080))))
        .isEmpty();
    assertThat(
            new DuplicatePortRule()
                .check(
                    List.of(
                        publish("server.port", 1, PortCandidate.APPLICATION_SCOPE, 8080),
                        publish("grpc.server.port", 2, PortCandidate.APPLICATION_SCOPE, 8080))))
        .hasSize(1);
  }

  @Test
  void objectsOfAListAreScopesOfTheirOwn() {
    String list =
        """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: jaeger}
          spec:
            template:
              spec:
                containers:
                - name: jaeger
                  image: jaegertracing/all-in-one
                  ports:
                  - containerPort: 9411
        - apiVersion: v1
          kind: Service
          metadata: {name: zipkin}
          spec:
            ports:
            - port: 9411
              targetPort: 9411
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: other}
          spec:
            template:
              spec:
                containers:
                - name: other
                  image: example/other
                  ports:
                  - containerPort: 9411
        """;
    assertThat(ConfigText.findings(rule, "jaeger.yaml", list)).isEmpty();
    String clash =
        """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Pod
          metadata: {name: jaeger}
          spec:
            containers:
            - name: jaeger
              image: jaegertracing/all-in-one
              ports:
              - containerPort: 9411
            - name: sidecar
              image: example/sidecar
              ports:
              - containerPort: 9411
        """;
    assertThat(ConfigText.findings(rule, "jaeger.yaml", clash))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(16));
  }

  @Test
  void helmTemplateDocumentsInsideConditionsAreObjectsOfTheirOwn() {
    String template =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "app.fullname" . }}
        spec:
          template:
            spec:
              containers:
              - name: app
                image: "{{ .Values.image.repository }}"
                ports:
                - containerPort: 8080
        {{- if .Values.service.enabled }}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: {{ include "app.fullname" . }}
        spec:
          ports:
          - port: 8080
            targetPort: 8080
        {{- end }}
        {{- if .Values.networkPolicy.enabled }}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: {{ include "app.fullname" . }}
        spec:
          ingress:
          - ports:
            - port: 8080
        {{- end }}
        """;
    assertThat(ConfigText.findings(rule, "templates/app.yaml", template)).isEmpty();
  }

  @Test
  void aComposeDotenvHoldsVariablesOfSeveralServices() {
    String env = "FRONTEND_PORT=8080\nFIREPIT_PORT=8080\n";
    assertThat(ConfigText.findings(rule, ".env", env)).isEmpty();
  }

  @Test
  void composeServicesOfDifferentProfilesNeverRunTogether() {
    String compose =
        """
        services:
          nginx:
            image: nginx
            ports: ["9000:80"]
            profiles: [feature-complete]
          nginx-errors-only:
            image: nginx
            profiles:
              - errors-only
            ports: ["9000:80"]
          web:
            image: nginx
            ports: ["9000:8080"]
        """;
    // Each profile's service clashes with the service every profile starts, never with the other's.
    assertThat(ConfigText.findings(rule, "docker-compose.yml", compose))
        .extracting(f -> f.line() + " " + f.rule())
        .containsExactlyInAnyOrder("4 duplicate-port", "10 duplicate-port");
    assertThat(
            ConfigText.findings(
                rule, "docker-compose.yml", compose.replace("    ports: [\"9000:8080\"]\n", "")))
        .isEmpty();
  }
}
