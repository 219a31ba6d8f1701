package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbePortRuleTest {
  private static List<Finding> check(String ports, String probe) {
    String pod =
        lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: p}",
            "spec:",
            "  containers:",
            "  - name: app",
            "    ports: " + ports,
            "    livenessProbe: " + probe);
    return new ProbePortRule().check(WiringFixture.with("pod.yaml", pod).model());
  }

  @Test
  void anUndeclaredNumberIsAWarningAndAnUnknownNameAnError() {
    assertThat(check("[{containerPort: 8079}]", "{httpGet: {path: /, port: 8078}}"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("8078").contains("pod.yaml:7");
              assertThat(f.line()).isEqualTo(8);
            });
    assertThat(check("[{containerPort: 80, name: web}]", "{tcpSocket: {port: http}}"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void silentWhenDeclaredOrWhenTheContainerDeclaresNoPorts() {
    assertThat(check("[{containerPort: 80, name: web}]", "{tcpSocket: {port: web}}")).isEmpty();
    assertThat(check("[{containerPort: 80}]", "{grpc: {port: 80}}")).isEmpty();
    assertThat(check("[]", "{httpGet: {port: 8080}}")).isEmpty();
  }
}
