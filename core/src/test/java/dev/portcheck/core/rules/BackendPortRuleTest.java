package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
  void aChartNamesItsServiceByTheSameTemplateTextWithinTheChartOnly() {
    String service =
        lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata:",
            "  name: '{{ include \"vw.fullname\" . }}'",
            "spec:",
            "  selector:",
            "    app: vw",
            "  ports:",
            "    - name: http",
            "      port: 80",
            "      targetPort: 8080");
    String ingress =
        lines(
            "apiVersion: networking.k8s.io/v1",
            "kind: Ingress",
            "metadata:",
            "  name: '{{ include \"vw.fullname\" . }}'",
            "spec:",
            "  defaultBackend:",
            "    service:",
            "      name: '{{ include \"vw.fullname\" . }}'",
            "      port:",
            "        name: https");
    assertThat(
            new BackendPortRule()
                .check(
                    WiringFixture.with("vw/templates/service.yaml", service)
                        .and("vw/templates/ingress.yaml", ingress)
                        .model()))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).contains("Service '{{ include \"vw.fullname\" . }}'"));
    assertThat(
            new BackendPortRule()
                .check(
                    WiringFixture.with("other/templates/service.yaml", service)
                        .and("vw/templates/ingress.yaml", ingress)
                        .model()))
        .as("the same text in another chart renders another name")
        .isEmpty();
  }

  @Test
  void anApisixBackendAndAnEmissaryMappingNameAServicePort() {
    String routes =
        lines(
            "apiVersion: apisix.apache.org/v2",
            "kind: ApisixRoute",
            "metadata: {name: web}",
            "spec:",
            "  http:",
            "  - name: web",
            "    backends:",
            "    - {serviceName: web, servicePort: 8080}",
            "---",
            "apiVersion: getambassador.io/v3alpha1",
            "kind: Mapping",
            "metadata: {name: web}",
            "spec: {prefix: /web, service: \"http://web:8080\"}",
            "---",
            "apiVersion: getambassador.io/v3alpha1",
            "kind: Mapping",
            "metadata: {name: ok}",
            "spec: {prefix: /ok, service: \"web.default:80\"}",
            "---",
            "apiVersion: getambassador.io/v3alpha1",
            "kind: Mapping",
            "metadata: {name: outside}",
            "spec: {prefix: /x, service: \"httpbin.org:8080\"}");
    assertThat(
            new BackendPortRule()
                .check(WiringFixture.with("svc.yaml", SERVICE).and("routes.yaml", routes).model()))
        .extracting(Finding::line)
        .containsExactly(8, 13);
  }

  @Test
  void aTraefikRouteAndAContourProxyNameAServicePort() {
    String routes =
        lines(
            "apiVersion: traefik.io/v1alpha1",
            "kind: IngressRoute",
            "metadata: {name: web}",
            "spec:",
            "  routes:",
            "  - match: PathPrefix(`/`)",
            "    services:",
            "    - {name: web, port: 8080}",
            "    - {name: web, port: http}",
            "    - {name: mirror, kind: TraefikService, port: 1}",
            "---",
            "apiVersion: traefik.containo.us/v1alpha1",
            "kind: IngressRouteTCP",
            "metadata: {name: tcp}",
            "spec:",
            "  routes:",
            "  - match: HostSNI(`*`)",
            "    services: [{name: web, port: metrics}]",
            "---",
            "apiVersion: projectcontour.io/v1",
            "kind: HTTPProxy",
            "metadata: {name: web}",
            "spec:",
            "  routes:",
            "  - services: [{name: web, port: 80}, {name: web, port: 8080}]",
            "  tcpproxy:",
            "    services: [{name: web, port: 443}]");
    assertThat(
            new BackendPortRule()
                .check(WiringFixture.with("svc.yaml", SERVICE).and("routes.yaml", routes).model()))
        .extracting(
            Finding::line,
            f -> f.message().contains("IngressRoute") || f.message().contains("HTTPProxy"))
        .containsExactly(tuple(8, true), tuple(18, true), tuple(25, true), tuple(27, true));
  }

  @Test
  void anNginxUpstreamNamesAServicePortByNumber() {
    String routes =
        lines(
            "apiVersion: k8s.nginx.org/v1",
            "kind: VirtualServer",
            "metadata: {name: cafe}",
            "spec:",
            "  upstreams:",
            "  - {name: tea, service: web, port: 80}",
            "  - {name: coffee, service: web, port: 8080}",
            "  - {name: other, service: elsewhere, port: 1}",
            "---",
            "apiVersion: k8s.nginx.org/v1",
            "kind: VirtualServerRoute",
            "metadata: {name: coffee}",
            "spec:",
            "  upstreams: [{name: c, service: web, port: 81}]",
            "---",
            "apiVersion: k8s.nginx.org/v1",
            "kind: TransportServer",
            "metadata: {name: dns}",
            "spec:",
            "  upstreams:",
            "  - {name: d, service: web, port: 53}",
            "  - {name: e, service: shop/web, port: 53}");
    assertThat(
            new BackendPortRule()
                .check(WiringFixture.with("svc.yaml", SERVICE).and("routes.yaml", routes).model()))
        .extracting(Finding::line, f -> f.message().substring(0, f.message().indexOf(' ')))
        .as("8080 is the targetPort, not a Service port; shop/web is web of namespace shop")
        .containsExactly(
            tuple(7, "VirtualServer"),
            tuple(14, "VirtualServerRoute"),
            tuple(21, "TransportServer"),
            tuple(22, "TransportServer"));
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

  /** The API server's calls to Service metrics-server ({@code ports}) in kube-system. */
  private static List<Finding> apiServer(String ports, String servicePort) {
    String service =
        lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata: {name: metrics-server, namespace: kube-system}",
            "spec: {selector: {app: m}, ports: " + ports + "}");
    String callers =
        lines(
            "apiVersion: apiregistration.k8s.io/v1",
            "kind: APIService",
            "metadata: {name: v1beta1.metrics.k8s.io}",
            "spec:",
            "  service: {name: metrics-server, namespace: kube-system" + servicePort + "}",
            "---",
            "apiVersion: admissionregistration.k8s.io/v1",
            "kind: ValidatingWebhookConfiguration",
            "metadata: {name: v}",
            "webhooks:",
            "  - name: v.example.com",
            "    clientConfig:",
            "      service: {name: metrics-server, namespace: kube-system" + servicePort + "}",
            "  - name: elsewhere.example.com",
            "    clientConfig:",
            "      service: {name: other, namespace: kube-system, port: 1}");
    return new BackendPortRule()
        .check(WiringFixture.with("svc.yaml", service).and("api.yaml", callers).model());
  }

  @Test
  void theApiServerDialsAServicePortOf443WhenNoneIsWritten() {
    assertThat(apiServer("[{port: 443, targetPort: https}]", "")).isEmpty();
    assertThat(apiServer("[{port: 4443, targetPort: https}]", ", port: 4443")).isEmpty();
    assertThat(apiServer("[{port: 4443, targetPort: https}]", ""))
        .extracting(Finding::message)
        .containsExactly(
            "APIService backend port 443 is not a port of Service 'metrics-server' (svc.yaml:2),"
                + " which serves 4443",
            "ValidatingWebhookConfiguration backend port 443 is not a port of Service"
                + " 'metrics-server' (svc.yaml:2), which serves 4443");
  }
}
