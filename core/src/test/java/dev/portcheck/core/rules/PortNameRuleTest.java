package dev.portcheck.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortNameRuleTest {
  private final PortNameRule rule = new PortNameRule();

  @ParameterizedTest
  @ValueSource(strings = {"http", "http-metrics", "h2c", "a", "grpc-web-123456"})
  void validContainerPortNames(String name) {
    assertThat(PortNameRule.serviceNameProblem(name)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"state-snapshot-transfer", "HTTP", "-http", "http-", "a--b", "8080", "web_ui"})
  void invalidContainerPortNames(String name) {
    assertThat(PortNameRule.serviceNameProblem(name)).isNotNull();
  }

  @Test
  void aServicePortNameIsADnsLabelOfUpTo63Characters() {
    assertThat(PortNameRule.dnsLabelProblem("jaeger-collector-http")).isNull();
    assertThat(PortNameRule.dnsLabelProblem("a".repeat(63))).isNull();
    assertThat(PortNameRule.dnsLabelProblem("a".repeat(64))).contains("64 characters");
    assertThat(PortNameRule.dnsLabelProblem("Web")).isNotNull();
  }

  @Test
  void twentyCharacterNamesPassOnAServiceAndFailOnAContainer() {
    String service =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: collector}
        spec:
          ports:
          - name: collector-http-12345
            port: 14268
            targetPort: 14268
        """;
    assertThat(ConfigText.findings(rule, "svc.yaml", service)).isEmpty();
    String pod =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: collector}
        spec:
          containers:
          - name: c
            ports:
            - name: collector-http-12345
              containerPort: 14268
        """;
    assertThat(ConfigText.findings(rule, "pod.yaml", pod))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(9);
              assertThat(f.message())
                  .startsWith("container port name 'collector-http-12345' is 20 characters long");
            });
  }

  @Test
  void aNamedTargetPortIsAContainerPortName() {
    String service =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: collector}
        spec:
          ports:
          - port: 80
            targetPort: collector-http-12345
        """;
    assertThat(ConfigText.findings(rule, "svc.yaml", service))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).startsWith("target-port name 'collector-http-12345'"));
  }

  @Test
  void namesOfOtherObjectsAreNotJudged() {
    String serviceEntry =
        """
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: external}
        spec:
          ports:
          - number: 443
            name: https-external-api-port
            protocol: TLS
        """;
    assertThat(ConfigText.findings(rule, "se.yaml", serviceEntry)).isEmpty();
  }
}
