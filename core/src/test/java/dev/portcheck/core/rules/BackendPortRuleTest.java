package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendPortRuleTest {
  static final String SERVICE =
      lines(
          "apiVersion: v1",
          "kind: Service",
          "metadata: {name: web}",
          "spec: {selector: {app: web}, ports: [{name: http, port: 80, targetPort: 8080}]}");

  private static List<Finding> check(String port) {
    String ingress =
        lines(
            "apiVersion: networking.k8s.io/v1",
            "kind: Ingress",
            "metadata: {name: in}",
            "spec:",
            "  defaultBackend:",
            "    service: {name: web, port: " + port + "}",
            "---",
            "apiVersion: networking.k8s.io/v1",
            "kind: Ingress",
            "metadata: {name: out}",
            "spec:",
            "  defaultBackend:",
            "    service: {name: elsewhere, port: {number: 1}}");
    return new BackendPortRule()
        .check(WiringFixture.with("svc.yaml", SERVICE).and("in.yaml", ingress).model());
  }

  @Test
  void aTargetPortOrUnknownNameIsNoServicePort() {
    assertThat(check("{number: 8080}"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("svc.yaml:2").contains("'http' 80"));
    assertThat(check("{name: web}")).hasSize(1);
  }

  @Test
  void silentForServicePortsAndUnknownServices() {
    assertThat(check("{number: 80}")).isEmpty();
    assertThat(check("{name: http}")).isEmpty();
  }

  @Test
  void anIstioDestinationAtAPortTheServiceLacks() {
    String vs =
        lines(
            "apiVersion: networking.istio.io/v1beta1",
            "kind: VirtualService",
            "metadata: {name: vs, namespace: pets}",
            "spec:",
            "  http:",
            "  - route:",
            "    - destination: {host: web.pets.svc.cluster.local, port: {number: 8080}}",
            "    - destination: {host: web, port: {number: 80}}",
            "    - destination: {host: '*.example.com', port: {number: 1}}");
    String service =
        SERVICE.replace("metadata: {name: web}", "metadata: {name: web, namespace: pets}");
    assertThat(
            new BackendPortRule()
                .check(WiringFixture.with("svc.yaml", service).and("vs.yaml", vs).model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(7);
              assertThat(f.message()).contains("VirtualService").contains("8080");
            });
  }
}
