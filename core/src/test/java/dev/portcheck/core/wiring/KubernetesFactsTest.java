package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.facts;
import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Protocol;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubernetesFactsTest {
  static final String DEPLOYMENT =
      lines(
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata:",
          "  name: web",
          "  namespace: shop",
          "spec:",
          "  template:",
          "    metadata:",
          "      labels:",
          "        app: web",
          "        app.kubernetes.io/part-of: shop",
          "    spec:",
          "      containers:",
          "      - name: web",
          "        ports:",
          "        - containerPort: 8080",
          "          name: http",
          "        - containerPort: 9000",
          "          protocol: UDP",
          "        env:",
          "        - name: DB",
          "          value: db:5432",
          "        readinessProbe:",
          "          httpGet:",
          "            port: http",
          "        livenessProbe:",
          "          tcpSocket:",
          "            port: 8080");

  @Test
  void readsAWorkloadWithItsContainersPortsProbesAndEnv() {
    FileWiring f = facts("k8s/web.yaml", DEPLOYMENT);
    assertThat(f.workloads()).hasSize(1);
    Workload w = f.workloads().get(0);
    assertThat(w.name()).isEqualTo("web");
    assertThat(w.namespace()).isEqualTo("shop");
    assertThat(w.labels()).isEqualTo(Map.of("app", "web", "app.kubernetes.io/part-of", "shop"));
    Workload.Container c = w.containers().get(0);
    assertThat(c.ports())
        .extracting(
            Workload.ContainerPort::number,
            Workload.ContainerPort::name,
            Workload.ContainerPort::protocol)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(8080, "http", Protocol.TCP),
            org.assertj.core.groups.Tuple.tuple(9000, "", Protocol.UDP));
    assertThat(c.ports().get(0).loc()).isEqualTo(new Loc("k8s/web.yaml", 16, 26));
    assertThat(c.probes())
        .extracting(Workload.Probe::port)
        .containsExactly(PortRef.number(8080), PortRef.name("http"));
    assertThat(c.env()).extracting(Setting::value).containsExactly("db:5432");
  }

  @Test
  void readsServicesWithDefaultedAndNamedTargetPorts() {
    FileWiring f =
        facts(
            "svc.yaml",
            lines(
                "apiVersion: v1",
                "kind: Service",
                "metadata: {name: web}",
                "spec:",
                "  selector: {app: web}",
                "  ports:",
                "  - port: 80",
                "    targetPort: http",
                "  - port: 81",
                "  - port: 82",
                "    targetPort: 0"));
    KubeService s = f.services().get(0);
    assertThat(s.selector()).isEqualTo(Map.of("app", "web"));
    assertThat(s.ports())
        .extracting(KubeService.ServicePort::target)
        .containsExactly(PortRef.name("http"), PortRef.number(81), PortRef.number(82));
  }

  @Test
  void everyItemOfAListAndEveryDocumentIsItsOwnObject() {
    String list =
        lines(
            "apiVersion: v1",
            "kind: List",
            "items:",
            "- apiVersion: v1",
            "  kind: Service",
            "  metadata: {name: a}",
            "  spec: {selector: {app: a}, ports: [{port: 1}]}",
            "- apiVersion: v1",
            "  kind: Service",
            "  metadata: {name: b}",
            "  spec: {selector: {app: b}, ports: [{port: 2}]}",
            "---",
            "apiVersion: v1",
            "kind: Service",
            "metadata: {name: c}",
            "spec: {selector: {app: c}, ports: [{port: 3}]}");
    assertThat(facts("l.yaml", list).services())
        .extracting(KubeService::name)
        .containsExactly("a", "b", "c");
  }

  @Test
  void helmTemplatesKeepLiteralValuesAndMarkTemplatedOnesUnknown() {
    String template =
        lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata:",
            "  name: {{ .Values.name }}",
            "spec:",
            "  ports:",
            "  - port: 80",
            "    targetPort: {{ .Values.port }}",
            "  selector:",
            "    app: web",
            "---",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            "  name: web",
            "spec:",
            "  template:",
            "    metadata:",
            "      labels:",
            "        app: {{ .Values.app }}",
            "    spec:",
            "      containers:",
            "      - name: web",
            "        ports:",
            "        - containerPort: 8080");
    FileWiring f = facts("chart/templates/web.yaml", template);
    assertThat(f.services()).hasSize(1);
    assertThat(f.services().get(0).ports().get(0).target()).isEqualTo(PortRef.UNKNOWN);
    assertThat(f.workloads()).hasSize(1);
    // Template text stands for what one release renders it to, compared within its chart.
    assertThat(f.workloads().get(0).labels())
        .containsEntry("app", "{{ .Values.app }} (chart chart)");
  }

  @Test
  void readsIngressAndHttpRouteBackends() {
    String text =
        lines(
            "apiVersion: networking.k8s.io/v1",
            "kind: Ingress",
            "metadata: {name: in}",
            "spec:",
            "  defaultBackend:",
            "    service: {name: web, port: {name: http}}",
            "  rules:",
            "  - http:",
            "      paths:",
            "      - path: /",
            "        backend:",
            "          service:",
            "            name: web",
            "            port:",
            "              number: 80",
            "---",
            "apiVersion: gateway.networking.k8s.io/v1",
            "kind: HTTPRoute",
            "metadata: {name: r, namespace: shop}",
            "spec:",
            "  rules:",
            "  - backendRefs:",
            "    - name: web",
            "      port: 8080");
    assertThat(facts("in.yaml", text).backends())
        .extracting(Backend::source, Backend::service, Backend::namespace, Backend::port)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Ingress", "web", "", PortRef.name("http")),
            org.assertj.core.groups.Tuple.tuple("Ingress", "web", "", PortRef.number(80)),
            org.assertj.core.groups.Tuple.tuple("HTTPRoute", "web", "shop", PortRef.number(8080)));
  }

  @Test
  void aKnativeServiceIsNoKubernetesService() {
    String text =
        lines(
            "apiVersion: serving.knative.dev/v1",
            "kind: Service",
            "metadata: {name: k}",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "      - image: x",
            "        ports: [{containerPort: 8080}]");
    FileWiring f = facts("k.yaml", text);
    assertThat(f.services()).isEmpty();
    assertThat(f.workloads()).hasSize(1);
  }

  private static Workload.Container only(String containerLines) {
    return facts(
            "k8s/app.yaml",
            lines(
                    "apiVersion: apps/v1",
                    "kind: Deployment",
                    "metadata: {name: app}",
                    "spec:",
                    "  template:",
                    "    spec:",
                    "      containers:")
                + containerLines)
        .workloads()
        .get(0)
        .containers()
        .get(0);
  }

  @Test
  void keepsTheImageAndTheVariablesThatDecideTheListenPort() {
    Workload.Container c =
        only(
            lines(
                "      - name: app",
                "        image: shop/app:1.0",
                "        env:",
                "        - {name: SPRING_PROFILES_ACTIVE, value: k8s}",
                "        - {name: SERVER_PORT, valueFrom: {configMapKeyRef: {name: c, key: p}}}",
                "        - {name: LOG_LEVEL, value: debug}"));
    assertThat(c.image()).isEqualTo("shop/app:1.0");
    assertThat(c.launchOpen()).isFalse();
    assertThat(c.env())
        .extracting(Setting::name, Setting::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SPRING_PROFILES_ACTIVE", "k8s"),
            org.assertj.core.groups.Tuple.tuple(
                "SERVER_PORT", Workload.Container.configMapKey("c", "p")));
  }

  @Test
  void envFromTemplatedImagesAndPortArgumentsAreOpen() {
    String templated =
        only(lines("      - name: app", "        image: \"{{ .Values.image }}\"")).image();
    assertThat(dev.portcheck.core.model.ImageName.parse(templated)).isEmpty();
    assertThat(dev.portcheck.core.model.ImageName.software(templated)).isEmpty();
    assertThat(
            only(lines(
                    "      - name: app",
                    "        image: \"{{ .Values.hub }}/gateway:{{ .Values.tag }}\""))
                .image())
        .as("kept as written: it still names its software")
        .isEqualTo("{{ .Values.hub }}/gateway:{{ .Values.tag }}");
    assertThat(
            only(lines(
                    "      - name: app", "        envFrom:", "        - configMapRef: {name: c}"))
                .launchOpen())
        .isTrue();
    assertThat(
            only(lines("      - name: app", "        args: [\"--server.port=9000\"]")).launchOpen())
        .isTrue();
    assertThat(only(lines("      - name: app", "        args: [\"--debug\"]")).launchOpen())
        .isFalse();
  }

  @Test
  void aServicePortKnowsWhetherItsTargetIsWritten() {
    FileWiring w =
        facts(
            "k8s/svc.yaml",
            "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: s}\n"
                + "  ports: [{port: 80}, {port: 81, targetPort: 0}, {port: 82, targetPort: 82}]\n");
    assertThat(w.services().get(0).ports())
        .extracting(KubeService.ServicePort::targetWritten)
        .containsExactly(false, false, true);
  }
}
